package io.towerlab.core.eval.projection;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ProjectionSampleTest {

    private static List<String> ids(int n) {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            ids.add("doc-" + i);
        }
        return ids;
    }

    @Test
    void keepsEveryDocumentUpToTheLimit() {
        assertThat(ProjectionSample.rows(ids(5), 5)).containsExactly(0, 1, 2, 3, 4);
    }

    @Test
    void aboveTheLimitChoosesTheSameIdsWhateverTheirOrder() {
        List<String> ids = ids(1000);
        List<String> shuffled = new ArrayList<>(ids);
        Collections.shuffle(shuffled, new java.util.Random(1));
        Set<String> first = chosen(ids, ProjectionSample.rows(ids, 100));
        Set<String> second = chosen(shuffled, ProjectionSample.rows(shuffled, 100));
        assertThat(first).hasSize(100).isEqualTo(second);
        // spread over the catalogue, not the first rows
        assertThat(ProjectionSample.rows(ids, 100)[99]).isGreaterThan(500);
    }

    private static Set<String> chosen(List<String> ids, int[] rows) {
        Set<String> out = new HashSet<>();
        for (int r : rows) {
            out.add(ids.get(r));
        }
        return out;
    }

    @Test
    void neighboursAreRankedByTheModelsSimilarity() {
        float[] vectors = {1, 0, 10, 0, 0.9f, 0.1f, -1, 0};
        NearestNeighbours dot = new NearestNeighbours(vectors, 2, false);
        assertThat(dot.of(0, 2)).extracting(NearestNeighbours.Neighbour::row).containsExactly(1, 2);
        NearestNeighbours cosine = new NearestNeighbours(vectors, 2, true);
        assertThat(cosine.of(0, 3)).extracting(NearestNeighbours.Neighbour::row).containsExactly(1, 2, 3);
        assertThat(cosine.of(0, 1)[0].score()).isEqualTo(1.0, org.assertj.core.api.Assertions.within(1e-9));
    }
}
