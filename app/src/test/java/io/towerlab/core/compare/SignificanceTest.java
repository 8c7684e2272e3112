package io.towerlab.core.compare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.towerlab.core.store.RunSummary;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SignificanceTest {

    @Test
    void pairedTestMatchesStudentsSleepData() {
        // Cushny and Peebles' sleep data as in Student (1908); R: t.test(extra ~ group, sleep, paired = TRUE)
        // gives t = -4.0621, df = 9, p-value = 0.002833
        double[] drug1 = {0.7, -1.6, -0.2, -1.2, -0.1, 3.4, 3.7, 0.8, 0.0, 2.0};
        double[] drug2 = {1.9, 0.8, 1.1, 0.1, -0.1, 4.4, 5.5, 1.6, 4.6, 3.4};
        PairedTTest test = PairedTTest.of(drug1, drug2);
        assertThat(test.t()).isCloseTo(-4.0621, within(1e-4));
        assertThat(test.df()).isEqualTo(9);
        assertThat(test.p()).isCloseTo(0.002833, within(1e-6));
        assertThat(test.meanDifference()).isCloseTo(-1.58, within(1e-12));
        assertThat(test.significantAt(0.05)).isTrue();
    }

    @Test
    void pValueOfTheTDistributionMatchesTables() {
        // two-sided 5 % critical values: t = 2.228 at 10 df, 12.706 at 1 df
        assertThat(PairedTTest.twoSidedP(2.228, 10)).isCloseTo(0.05, within(2e-4));
        assertThat(PairedTTest.twoSidedP(12.706, 1)).isCloseTo(0.05, within(2e-4));
        assertThat(PairedTTest.twoSidedP(0, 5)).isCloseTo(1.0, within(1e-12));
    }

    @Test
    void spreadIsTheSampleStandardDeviation() {
        Spread s = Spread.of(new double[] {2, 4, 4, 4, 5, 5, 7, 9});
        assertThat(s.mean()).isEqualTo(5.0);
        assertThat(s.sd()).isCloseTo(Math.sqrt(32.0 / 7), within(1e-12));
        assertThat(s.min()).isEqualTo(2.0);
        assertThat(s.max()).isEqualTo(9.0);
        assertThat(s.format()).isEqualTo("5.0000 ± 2.1381");
    }

    @Test
    void runsDifferingOnlyBySeedFormOneGroupAndArePairedBySeed() {
        List<RunSummary> runs = List.of(run("a1", "fps", 1, 0.30), run("b1", "pairce", 1, 0.20),
                run("a2", "fps", 2, 0.32), run("b2", "pairce", 2, 0.25), run("a3", "fps", 3, 0.31),
                run("b3", "pairce", 3, 0.22), run("c", "pairce", 9, 0.9, 0.1));
        List<SeedGroups.Group> groups = SeedGroups.of(runs);
        assertThat(groups).hasSize(3);
        assertThat(groups.get(0).values("recall@10")).containsExactly(0.30, 0.32, 0.31);
        PairedTTest test = SeedGroups.compare(groups.get(0), groups.get(1), "recall@10");
        PairedTTest byHand = PairedTTest.of(new double[] {0.30, 0.32, 0.31}, new double[] {0.20, 0.25, 0.22});
        assertThat(test.t()).isEqualTo(byHand.t());
        assertThatThrownBy(() -> SeedGroups.compare(groups.get(0), groups.get(2), "recall@10"))
                .hasMessageContaining("at least two seeds");
    }

    private static RunSummary run(String id, String loss, int seed, double recall) {
        return run(id, loss, seed, recall, 0.01);
    }

    private static RunSummary run(String id, String loss, int seed, double recall, double lr) {
        return new RunSummary(id, "movies-" + loss, "COMPLETED", null, null, null, null, loss,
                Map.of("loss.type", loss, "training.seed", seed, "optimizer.lr", lr), Map.of("recall@10", recall),
                null, null, null, null, null, null, null, null);
    }
}
