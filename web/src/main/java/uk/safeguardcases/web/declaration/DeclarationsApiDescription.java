package uk.safeguardcases.web.declaration;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.JsonObject;
import uk.safeguardcases.web.api.ApiDescriptionPart;

/** Policy declarations' part of the API's description: {@code /api/declarations} ({@link DeclarationsApi}). */
@ApplicationScoped
public class DeclarationsApiDescription implements ApiDescriptionPart {

    @Override
    public JsonObject fragment() {
        return ApiDescriptionPart.read(DeclarationsApiDescription.class, "declarations-api.json");
    }
}
