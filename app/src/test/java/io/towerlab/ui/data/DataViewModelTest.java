package io.towerlab.ui.data;

import static org.assertj.core.api.Assertions.assertThat;

import io.towerlab.core.data.RowProblem;
import io.towerlab.core.data.split.SplitKind;
import io.towerlab.ui.TestPaths;
import io.towerlab.ui.common.BackgroundTasks;
import io.towerlab.ui.common.UserError;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class DataViewModelTest {
    private final List<UserError> errors = new ArrayList<>();
    private final DataViewModel model = new DataViewModel(BackgroundTasks.synchronous(), errors::add);

    @Test
    void openingTheSampleShowsPreviewStatisticsChartsAndSplitSizes() {
        model.open(TestPaths.SAMPLE);

        assertThat(errors).isEmpty();
        assertThat(model.previewColumns()).containsExactly("user_id", "item_id", "relevance", "timestamp");
        assertThat(model.previewRows()).hasSize(DataViewModel.PREVIEW_ROWS);
        int clicks = model.statsProperty().get().interactions();
        assertThat(clicks).isGreaterThan(50_000);
        DatasetCharts charts = model.chartsProperty().get();
        assertThat(charts.tailCount()).isSortedAccordingTo((a, b) -> Double.compare(b, a));
        assertThat(java.util.Arrays.stream(charts.perQueryCount()).sum()).isEqualTo(model.statsProperty().get().queries());
        assertThat(java.util.Arrays.stream(charts.activityCount()).sum()).isEqualTo(clicks);
        SplitModel.Sizes sizes = model.split().sizesProperty().get();
        assertThat(sizes.train() + sizes.valid() + sizes.test()).isEqualTo(clicks);
        assertThat(sizes.test()).isPositive();
        assertThat(model.mapping().editableProperty().get()).isFalse();
    }

    @Test
    void changingTheSplitRecomputesItsSizes() {
        model.open(TestPaths.SAMPLE);
        int clicks = model.statsProperty().get().interactions();
        model.split().kindProperty().set(SplitKind.RANDOM);
        model.split().testFractionProperty().set(0.2);
        assertThat(model.split().sizesProperty().get().test()).isEqualTo(Math.round(clicks * 0.2f));
        model.split().validFractionProperty().set(0.9);
        assertThat(model.split().problemProperty().get()).contains("sum to less than 1");
    }

    @Test
    void aMalformedFileShowsItsLocatedProblemsAndCounts() {
        Path file = TestPaths.MALFORMED.resolve("wrong-column-count.csv");
        model.open(file);

        assertThat(model.problems()).extracting(RowProblem::line).contains(4L);
        assertThat(model.reportSummaryProperty().get()).contains("1 skipped as malformed");
        assertThat(model.mapping().editableProperty().get()).isTrue();
    }

    @Test
    void aCorrectedMappingIsUsedAndAWrongOneIsReportedReadably() {
        Path file = TestPaths.MALFORMED.resolve("bom-semicolons.csv");
        model.open(file);
        assertThat(model.mapping().columns()).contains("UserID", "MovieId");
        model.mapping().queryProperty().set("MovieId");
        model.mapping().documentProperty().set("UserID");
        model.applyMapping();
        assertThat(errors).isEmpty();

        model.mapping().queryProperty().set("nope");
        model.applyMapping();
        assertThat(errors).singleElement().extracting(UserError::message).asString().contains("nope");
    }

    @Test
    void aMissingFileIsAUserErrorNamingThePath() {
        model.open(Path.of("no-such-file.csv"));
        assertThat(errors).singleElement().satisfies(e -> {
            assertThat(e.message()).contains("no-such-file.csv");
            assertThat(e.title()).doesNotContain("unexpectedly");
        });
        assertThat(model.importingProperty().get()).isFalse();
    }
}
