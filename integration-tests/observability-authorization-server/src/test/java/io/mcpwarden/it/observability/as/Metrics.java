package io.mcpwarden.it.observability.as;

import static io.restassured.RestAssured.given;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads one sample from the application's Prometheus scrape ({@code /q/metrics}).
 */
final class Metrics {

    private final String scrape;

    private Metrics(String scrape) {
        this.scrape = scrape;
    }

    static Metrics scrape() {
        return new Metrics(given().get("/q/metrics").then().statusCode(200).extract().asString());
    }

    /**
     * The value of the sample whose name and labels are exactly these (labels in Prometheus' order), or 0 when the
     * series does not exist yet. With OpenTelemetry in the application, a sample may end with an exemplar
     * ({@code # {span_id=...,trace_id=...} 1.0 ...}).
     */
    double value(String series) {
        Matcher sample = Pattern.compile("^" + Pattern.quote(series) + " ([0-9.Ee+-]+)(?: # \\{.*)?$",
                Pattern.MULTILINE).matcher(scrape);
        return sample.find() ? Double.parseDouble(sample.group(1)) : 0;
    }

    boolean contains(String text) {
        return scrape.contains(text);
    }
}
