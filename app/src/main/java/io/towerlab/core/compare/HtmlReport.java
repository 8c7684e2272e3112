package io.towerlab.core.compare;

import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/**
 * A self-contained HTML page of a comparison for a review: sections of headings, PNG images embedded
 * as data URIs and tables, with no external file, script or font, so it can be mailed or archived.
 */
public final class HtmlReport {
    private final String title;
    private final List<String> body = new ArrayList<>();

    public HtmlReport(String title) {
        this.title = title;
    }

    public HtmlReport heading(String text) {
        body.add("<h2>" + escape(text) + "</h2>");
        return this;
    }

    public HtmlReport paragraph(String text) {
        body.add("<p>" + escape(text) + "</p>");
        return this;
    }

    /** An image from PNG bytes, embedded in the page. */
    public HtmlReport png(String caption, byte[] png) {
        body.add("<figure><img alt=\"" + escape(caption) + "\" src=\"data:image/png;base64,"
                + Base64.getEncoder().encodeToString(png) + "\"><figcaption>" + escape(caption)
                + "</figcaption></figure>");
        return this;
    }

    public HtmlReport table(TableData table) {
        StringBuilder t = new StringBuilder("<table><caption>").append(escape(table.title())).append("</caption><tr>");
        table.header().forEach(h -> t.append("<th>").append(escape(h)).append("</th>"));
        t.append("</tr>");
        for (List<String> row : table.rows()) {
            t.append("<tr>");
            row.forEach(c -> t.append("<td>").append(escape(c)).append("</td>"));
            t.append("</tr>");
        }
        body.add(t.append("</table>").toString());
        return this;
    }

    public String html() {
        return "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>" + escape(title)
                + "</title><style>body{font-family:sans-serif;margin:2em;color:#24292f}"
                + "table{border-collapse:collapse;margin:1em 0;font-size:13px}"
                + "td,th{border:1px solid #d0d7de;padding:3px 8px;text-align:left}th{background:#f6f8fa}"
                + "caption{text-align:left;font-weight:bold;padding:4px 0}img{max-width:100%}"
                + "figure{margin:1em 0}figcaption{color:#6e7781;font-size:12px}</style></head><body>\n<h1>"
                + escape(title) + "</h1>\n" + String.join("\n", body) + "\n</body></html>\n";
    }

    static String escape(String text) {
        return text == null ? "" : text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
                .replace("\"", "&quot;");
    }
}
