package io.towerlab.core.data.movielens;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.towerlab.core.data.CategoricalColumn;
import io.towerlab.core.data.ClickDataset;
import io.towerlab.core.data.DataFormatException;
import io.towerlab.core.data.DatasetFormat;
import io.towerlab.core.data.DatasetImporter;
import io.towerlab.core.data.ImportOptions;
import io.towerlab.core.data.ImportResult;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Tiny fixtures of each MovieLens layout, written in their real formats and encodings. */
class MovieLensImportTest {
    private static final Charset LATIN_1 = StandardCharsets.ISO_8859_1;

    @TempDir
    Path dir;

    private final DatasetImporter importer = new DatasetImporter();

    private static String flags(int... on) {
        int[] f = new int[19];
        for (int g : on) {
            f[g] = 1;
        }
        StringBuilder text = new StringBuilder();
        for (int v : f) {
            text.append('|').append(v);
        }
        return text.toString();
    }

    private Path ml100k() throws IOException {
        Path folder = Files.createDirectory(dir.resolve("ml-100k"));
        Files.writeString(folder.resolve("u.data"),
                "1\t10\t5\t881250949\n1\t20\t3\t881250950\n2\t10\t4\t881250951\n3\t30\t1\t881250952\n", LATIN_1);
        Files.writeString(folder.resolve("u.item"),
                "10|Toy Story (1995)|01-Jan-1995||http://us.imdb.com/M/title-exact?Toy%20Story%20(1995)" + flags(3, 5)
                        + "\n20|GoldenEye (1995)|01-Jan-1995||http://x" + flags(1) + "\n"
                        + "30|Four Rooms (1995)|01-Jan-1995||http://x" + flags(17) + "\n"
                        + "40|Café au lait (1994)|01-Jan-1994||http://x" + flags(5) + "\n", LATIN_1);
        Files.writeString(folder.resolve("u.user"),
                "1|24|M|technician|85711\n2|53|F|other|94043\n3|23|M|writer|32067\n", LATIN_1);
        return folder;
    }

    private static List<String> values(CategoricalColumn column, int row) {
        List<String> out = new ArrayList<>();
        for (int i = column.offsets()[row]; i < column.offsets()[row + 1]; i++) {
            out.add(column.vocabulary().idOf(column.codes()[i]));
        }
        return out;
    }

    @Test
    void readsMl100kWithGenresTitlesUsersAndUnclickedMovies() throws Exception {
        ImportResult result = importer.load(ml100k(), ImportOptions.defaults());
        ClickDataset data = result.dataset();
        assertThat(data.source().format()).isEqualTo(DatasetFormat.MOVIELENS_100K);
        assertThat(data.queryCount()).isEqualTo(3);
        assertThat(data.documentCount()).isEqualTo(4);
        assertThat(data.interactionCount()).isEqualTo(4);
        assertThat(result.report().isClean()).isTrue();
        int toyStory = data.documents().indexOf("10");
        int cafe = data.documents().indexOf("40");
        CategoricalColumn genre = data.documentFeatures().categorical().get("genre");
        assertThat(values(genre, toyStory)).containsExactly("Animation", "Comedy");
        assertThat(data.documentFeatures().text().get("title").values()[cafe]).isEqualTo("Café au lait (1994)");
        assertThat(data.queryFeatures().numeric().get("age").values()[data.queries().indexOf("2")]).isEqualTo(53f);
        assertThat(values(data.queryFeatures().categorical().get("occupation"), data.queries().indexOf("3")))
                .containsExactly("writer");
        assertThat(data.interactions().timestamp(0)).isEqualTo(881250949L);
        assertThat(data.source().sha256()).hasSize(64);
    }

    @Test
    void clickRuleKeepsOnlyHighRatingsAndCountsTheRest() throws Exception {
        ImportResult result = importer.load(ml100k(), ImportOptions.defaults().withMinRelevance(4.0));
        assertThat(result.dataset().interactionCount()).isEqualTo(2);
        assertThat(result.report().rowsFiltered()).isEqualTo(2);
        assertThat(result.report().rowsKept()).isEqualTo(2);
        assertThat(result.dataset().documentCount()).isEqualTo(4);
    }

    @Test
    void readsMl1mWithDoubleColonsLatin1TitlesBareQuotesAndUsers() throws Exception {
        Path folder = Files.createDirectory(dir.resolve("ml-1m"));
        Files.writeString(folder.resolve("movies.dat"), "1193::One Flew Over the Cuckoo's Nest (1975)::Drama\n"
                + "2::\"Great Performances\" Cats (1998)::Musical|Children's\n"
                + "3::Ménage (Tenue de soirée) (1986)::Comedy|Drama\n", LATIN_1);
        Files.writeString(folder.resolve("users.dat"), "1::F::1::10::48067\n2::M::56::16::70072\n", LATIN_1);
        Files.writeString(folder.resolve("ratings.dat"),
                "1::1193::5::978300760\n1::2::3::978302109\n2::1193::4::978301968\n", LATIN_1);
        ClickDataset data = importer.load(folder, ImportOptions.defaults()).dataset();
        assertThat(data.source().format()).isEqualTo(DatasetFormat.MOVIELENS_1M);
        assertThat(data.queryCount()).isEqualTo(2);
        assertThat(data.documentCount()).isEqualTo(3);
        assertThat(data.interactionCount()).isEqualTo(3);
        String[] titles = data.documentFeatures().text().get("title").values();
        assertThat(titles[data.documents().indexOf("2")]).isEqualTo("\"Great Performances\" Cats (1998)");
        assertThat(titles[data.documents().indexOf("3")]).isEqualTo("Ménage (Tenue de soirée) (1986)");
        assertThat(values(data.documentFeatures().categorical().get("genre"), data.documents().indexOf("2")))
                .containsExactly("Musical", "Children's");
        assertThat(data.queryFeatures().numeric().get("age").values()).containsExactly(1f, 56f);
    }

    @Test
    void readsMl10mWithHalfStarsAndNoUsersFile() throws Exception {
        Path folder = Files.createDirectory(dir.resolve("ml-10M100K"));
        Files.writeString(folder.resolve("movies.dat"),
                "1::Toy Story (1995)::Adventure|Animation\n2::Jumanji (1995)::(no genres listed)\n", LATIN_1);
        Files.writeString(folder.resolve("ratings.dat"),
                "1::1::4.5::838985046\n1::2::3::838983525\n7::1::0.5::838983421\n", LATIN_1);
        ClickDataset data = importer.load(folder, ImportOptions.defaults()).dataset();
        assertThat(data.queryCount()).isEqualTo(2);
        assertThat(data.documentCount()).isEqualTo(2);
        assertThat(data.interactions().weight(0)).isEqualTo(4.5f);
        assertThat(data.queryFeatures().isEmpty()).isTrue();
        assertThat(data.documentFeatures().categorical().get("genre").valueCount(data.documents().indexOf("2")))
                .isZero();
    }

    @Test
    void readsMlLatestWithQuotedTitlesAndCatalogueOnlyMovies() throws Exception {
        Path folder = Files.createDirectory(dir.resolve("ml-latest-small"));
        Files.writeString(folder.resolve("movies.csv"), "movieId,title,genres\n"
                + "1,Toy Story (1995),Adventure|Animation|Children|Comedy|Fantasy\n"
                + "11,\"American President, The (1995)\",Comedy|Drama|Romance\n"
                + "12,\"Amélie (Fabuleux destin d'Amélie Poulain, Le) (2001)\",Comedy|Romance\n"
                + "99,Never Rated (2020),(no genres listed)\n", StandardCharsets.UTF_8);
        Files.writeString(folder.resolve("ratings.csv"), "userId,movieId,rating,timestamp\n"
                + "1,1,4.0,964982703\n1,11,4.0,964981247\n2,12,2.5,1445714835\n", StandardCharsets.UTF_8);
        ImportResult result = importer.load(folder, ImportOptions.defaults());
        ClickDataset data = result.dataset();
        assertThat(data.source().format()).isEqualTo(DatasetFormat.MOVIELENS_LATEST);
        assertThat(data.queryCount()).isEqualTo(2);
        assertThat(data.documentCount()).isEqualTo(4);
        assertThat(data.interactionCount()).isEqualTo(3);
        String[] titles = data.documentFeatures().text().get("title").values();
        assertThat(titles[data.documents().indexOf("11")]).isEqualTo("American President, The (1995)");
        assertThat(titles[data.documents().indexOf("12")]).startsWith("Amélie");
        assertThat(data.documentFeatures().categorical().get("genre").valueCount(data.documents().indexOf("1")))
                .isEqualTo(5);
    }

    @Test
    void missingMovieLensFileIsOneClearMessage() throws Exception {
        Path folder = ml100k();
        Files.delete(folder.resolve("u.item"));
        assertThatThrownBy(() -> importer.load(folder, ImportOptions.defaults()))
                .isInstanceOf(DataFormatException.class)
                .hasMessage(folder + ": the ml-100k file u.item is missing. "
                        + "Open the folder exactly as extracted from the MovieLens download");
    }

    @Test
    void parentFolderOfADatasetSuggestsTheSubfolder() throws Exception {
        Path folder = ml100k();
        assertThatThrownBy(() -> importer.load(dir, ImportOptions.defaults()))
                .isInstanceOf(DataFormatException.class)
                .hasMessageContaining("this folder holds no dataset")
                .hasMessageEndingWith("Did you mean the folder " + folder + "?");
    }
}
