package uk.safeguardcases.web.publicconcern;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.JsonObject;
import uk.safeguardcases.web.api.ApiDescriptionPart;

/** Reports from outside the board: their part of the API's description ({@link ReporterMessagesApi}). */
@ApplicationScoped
public class ReporterMessagesApiDescription implements ApiDescriptionPart {

    @Override
    public JsonObject fragment() {
        return ApiDescriptionPart.read(ReporterMessagesApiDescription.class, "public-reports-api.json");
    }
}
