package uk.safeguardcases.web.stuckwork;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.JsonObject;
import uk.safeguardcases.web.api.ApiDescriptionPart;

/** Stuck work's part of the API's description: {@code /api/stuck-work} ({@link StuckWorkApi}). */
@ApplicationScoped
public class StuckWorkApiDescription implements ApiDescriptionPart {

    @Override
    public JsonObject fragment() {
        return ApiDescriptionPart.read(StuckWorkApiDescription.class, "stuck-work-api.json");
    }
}
