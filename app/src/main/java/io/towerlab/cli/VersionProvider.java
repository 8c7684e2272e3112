package io.towerlab.cli;

import picocli.CommandLine;

/** Reports the application version from the jar manifest. */
final class VersionProvider implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
        String version = TowerlabCommand.class.getPackage().getImplementationVersion();
        return new String[] {"TowerLab " + (version == null ? "development build" : version)};
    }
}
