package uk.safeguardcases.web.lowlevel;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.JsonObject;
import uk.safeguardcases.web.api.ApiDescriptionPart;

/** The low-level concerns register's part of the API's description ({@link LowLevelRegisterApi}). */
@ApplicationScoped
public class LowLevelRegisterApiDescription implements ApiDescriptionPart {

    @Override
    public JsonObject fragment() {
        return ApiDescriptionPart.read(LowLevelRegisterApiDescription.class, "low-level-concerns-api.json");
    }
}
