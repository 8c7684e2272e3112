package io.towerlab.spark;

import java.io.Serializable;

/**
 * Where an executor finds a run's document tower: the run folder, the dataset it was trained on
 * (null: the path its provenance records) and the device. Both paths must be readable on every
 * executor (a shared mount, or files Spark ships with {@code --archives}).
 */
record TowerSource(String run, String data, String device) implements Serializable {

    /** The same tower on another device. */
    TowerSource on(String otherDevice) {
        return new TowerSource(run, data, otherDevice);
    }
}
