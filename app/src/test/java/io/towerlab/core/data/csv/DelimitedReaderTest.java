package io.towerlab.core.data.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

class DelimitedReaderTest {

    static List<List<String>> readAll(Reader in, String delimiter, boolean quoting) throws IOException {
        List<List<String>> records = new ArrayList<>();
        try (DelimitedReader reader = new DelimitedReader(in, delimiter, quoting)) {
            while (reader.next()) {
                List<String> fields = new ArrayList<>();
                for (int i = 0; i < reader.fieldCount(); i++) {
                    fields.add(reader.field(i));
                }
                records.add(fields);
            }
        }
        return records;
    }

    @Test
    void quotedFieldsKeepDelimitersDoubledQuotesAndNewlines() throws IOException {
        String text = "a,b,c\r\n1,\"x, y\",\"say \"\"hi\"\"\"\n2,\"two\nlines\",z\n";
        assertThat(readAll(new StringReader(text), ",", true)).containsExactly(
                List.of("a", "b", "c"), List.of("1", "x, y", "say \"hi\""), List.of("2", "two\nlines", "z"));
    }

    @Test
    void recordLineIsThePhysicalLineWhereTheRecordStarts() throws IOException {
        String text = "h1,h2\n\"multi\nline\",1\nlast,2";
        try (DelimitedReader reader = new DelimitedReader(new StringReader(text), ",", true)) {
            List<Long> lines = new ArrayList<>();
            while (reader.next()) {
                lines.add(reader.line());
            }
            assertThat(lines).containsExactly(1L, 2L, 4L);
        }
    }

    @Test
    void doubleColonDelimiterSplitsMovieLensLinesAcrossBufferBoundaries() throws IOException {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 20_000; i++) {
            text.append(i).append("::Title: part ").append(i).append("::Drama|Comedy\n");
        }
        List<List<String>> records = readAll(new StringReader(text.toString()), "::", false);
        assertThat(records).hasSize(20_000);
        assertThat(records.get(12_345)).containsExactly("12345", "Title: part 12345", "Drama|Comedy");
        assertThat(records).allMatch(r -> r.size() == 3);
    }

    @Test
    void unclosedQuoteAtEndOfInputIsFlagged() throws IOException {
        try (DelimitedReader reader = new DelimitedReader(new StringReader("a,b\n1,\"open"), ",", true)) {
            reader.next();
            assertThat(reader.hasUnclosedQuote()).isFalse();
            reader.next();
            assertThat(reader.hasUnclosedQuote()).isTrue();
            assertThat(reader.next()).isFalse();
        }
    }

    @Test
    void quotesAreLiteralWhenQuotingIsOff() throws IOException {
        assertThat(readAll(new StringReader("1::\"Great\" Cats (1998)::Musical\n"), "::", false))
                .containsExactly(List.of("1", "\"Great\" Cats (1998)", "Musical"));
    }

    @Test
    void numbersAreParsedFromCharRangesWithoutStrings() {
        char[] a = " 42|-7|3.25|1e3|x1|".toCharArray();
        assertThat(CharRanges.parseLong(a, 0, 3)).isEqualTo(42);
        assertThat(CharRanges.parseLong(a, 4, 6)).isEqualTo(-7);
        assertThat(CharRanges.parseDouble(a, 7, 11)).isEqualTo(3.25);
        assertThat(CharRanges.parseDouble(a, 12, 15)).isEqualTo(1000.0);
        assertThat(CharRanges.parseLong(a, 16, 18)).isEqualTo(CharRanges.NOT_A_LONG);
        assertThat(CharRanges.parseDouble(a, 16, 18)).isNaN();
    }

    @Property(tries = 300)
    void roundTripsArbitraryFieldsWrittenWithRfc4180Quoting(
            @ForAll("records") List<List<String>> records)
            throws IOException {
        StringBuilder text = new StringBuilder();
        for (List<String> record : records) {
            for (int i = 0; i < record.size(); i++) {
                if (i > 0) {
                    text.append(',');
                }
                text.append('"').append(record.get(i).replace("\"", "\"\"")).append('"');
            }
            text.append("\r\n");
        }
        assertThat(readAll(new StringReader(text.toString()), ",", true)).isEqualTo(records);
    }

    @Provide
    Arbitrary<List<List<String>>> records() {
        Arbitrary<String> field = Arbitraries.strings().withChars("ab,\"\n\r;|é\t ").ofMaxLength(8);
        return field.list().ofMinSize(1).ofMaxSize(5).list().ofMinSize(1).ofMaxSize(6);
    }
}
