package uk.safeguardcases.web.annualreport;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.JsonObject;
import uk.safeguardcases.web.api.ApiDescriptionPart;

/** The annual report's part of the API's description: {@code GET /api/annual-report} ({@link AnnualReportApi}). */
@ApplicationScoped
public class AnnualReportApiDescription implements ApiDescriptionPart {

    @Override
    public JsonObject fragment() {
        return ApiDescriptionPart.read(AnnualReportApiDescription.class, "annual-report-api.json");
    }
}
