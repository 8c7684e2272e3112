package io.towerlab.core.compare;

import java.util.List;

/**
 * A table to export: a header and rows of cell texts. CSV follows RFC 4180: cells holding a comma,
 * quote or line break are quoted, quotes doubled, lines end in CRLF.
 */
public record TableData(String title, List<String> header, List<List<String>> rows) {

    public TableData {
        header = List.copyOf(header);
        rows = rows.stream().map(r -> r.stream().map(c -> c == null ? "" : c).toList()).toList();
    }

    public String toCsv() {
        StringBuilder out = new StringBuilder();
        line(out, header);
        rows.forEach(r -> line(out, r));
        return out.toString();
    }

    private static void line(StringBuilder out, List<String> cells) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            out.append(csvCell(cells.get(i)));
        }
        out.append("\r\n");
    }

    static String csvCell(String cell) {
        if (cell.indexOf(',') < 0 && cell.indexOf('"') < 0 && cell.indexOf('\n') < 0 && cell.indexOf('\r') < 0) {
            return cell;
        }
        return '"' + cell.replace("\"", "\"\"") + '"';
    }
}
