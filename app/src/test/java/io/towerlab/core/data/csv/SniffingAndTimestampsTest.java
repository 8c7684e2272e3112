package io.towerlab.core.data.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.towerlab.core.data.DataFormatException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SniffingAndTimestampsTest {
    @TempDir
    Path dir;

    @Test
    void sniffsTheDelimiterThatSplitsEveryLineAlike() {
        assertThat(DelimiterSniffer.sniff("a,b;c\n1,2;3\n4,5;6\n")).isEqualTo(",");
        assertThat(DelimiterSniffer.sniff("user\titem\ttitle\n1\t2\tx, y, z\n")).isEqualTo("\t");
        assertThat(DelimiterSniffer.sniff("u;i;r\n1;2;\"3,5\"\n")).isEqualTo(";");
        assertThat(DelimiterSniffer.sniff("u|i\n1|2\n")).isEqualTo("|");
        assertThat(DelimiterSniffer.sniff("1::2::5::978300760\n1::3::4::978300761\n")).isEqualTo("::");
    }

    @ParameterizedTest
    @CsvSource({"1600000000, 1600000000", "1600000000123, 1600000000", "2020-09-13, 1599955200",
        "2020-09-13T12:26:40, 1600000000", "2020-09-13 12:26:40, 1600000000", "2020-09-13T12:26:40Z, 1600000000",
        "2020-09-13T14:26:40+02:00, 1600000000", "1600000000.75, 1600000000"})
    void readsEpochSecondsMillisecondsAndIsoForms(String text, long seconds) {
        char[] a = text.toCharArray();
        assertThat(TimestampParser.parse(a, 0, a.length)).isEqualTo(seconds);
    }

    @Test
    void rejectsTextThatIsNoTimestamp() {
        for (String text : new String[] {"yesterday", "2020-13-45", "12:00", ""}) {
            char[] a = text.toCharArray();
            assertThat(TimestampParser.parse(a, 0, a.length)).as(text).isEqualTo(CharRanges.NOT_A_LONG);
        }
    }

    @Test
    void compressedFilesAreNamedAsSuch() throws Exception {
        Path gz = Files.write(dir.resolve("log.csv.gz"), new byte[] {0x1F, (byte) 0x8B, 8, 0, 0, 0});
        assertThatThrownBy(() -> TextSource.inspect(gz, null)).isInstanceOf(DataFormatException.class)
                .hasMessage(gz + ": this is a gzip-compressed file, not text. "
                        + "Decompress it first (gunzip) and open the extracted file");
    }

    @Test
    void utf16WithByteOrderMarkIsDecodedNotCalledBinary() throws Exception {
        Path file = Files.write(dir.resolve("log.csv"), "\uFEFFuser_id,item_id\n1,2\n".getBytes(StandardCharsets.UTF_16LE));
        TextSource source = TextSource.inspect(file, null);
        assertThat(source.head()).startsWith("user_id,item_id");
    }
}
