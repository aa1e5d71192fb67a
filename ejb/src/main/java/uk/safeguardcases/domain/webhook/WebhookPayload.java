package uk.safeguardcases.domain.webhook;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The body of a delivery, as the Standard Webhooks specification lays it out ({@code type}, {@code timestamp},
 * {@code data}). Its data is only what lets the receiver ask for the rest with a token of its own: the board, the
 * reference (a case's or a request's, or none), the step a case reached, and a link. Never a name, an address or any
 * case's text: nothing here is read from a field a person typed.
 */
public record WebhookPayload(WebhookEvent event, String board, String reference, String step, String link,
        Instant at) {

    /** The JSON sent, its keys always in this order; a null value is left out. */
    public String json() {
        Map<String, String> data = new LinkedHashMap<>();
        data.put("board", board);
        data.put("reference", reference);
        data.put("step", step);
        data.put("link", link);
        StringBuilder json = new StringBuilder("{\"type\":").append(quoted(event.type()))
                .append(",\"timestamp\":").append(quoted(at.truncatedTo(ChronoUnit.MILLIS).toString()))
                .append(",\"data\":{");
        boolean first = true;
        for (Map.Entry<String, String> entry : data.entrySet()) {
            if (entry.getValue() == null) {
                continue;
            }
            json.append(first ? "" : ",").append(quoted(entry.getKey())).append(':').append(quoted(entry.getValue()));
            first = false;
        }
        return json.append("}}").toString();
    }

    static String quoted(String text) {
        StringBuilder quoted = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"' -> quoted.append("\\\"");
                case '\\' -> quoted.append("\\\\");
                default -> {
                    if (c < 0x20 || c == 0x2028 || c == 0x2029) {
                        quoted.append(String.format("\\u%04x", (int) c));
                    } else {
                        quoted.append(c);
                    }
                }
            }
        }
        return quoted.append('"').toString();
    }
}
