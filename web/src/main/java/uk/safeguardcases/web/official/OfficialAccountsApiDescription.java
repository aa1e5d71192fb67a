package uk.safeguardcases.web.official;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.JsonObject;
import uk.safeguardcases.web.api.ApiDescriptionPart;

/** Official accounts' part of the API's description: {@code /api/official-accounts} ({@link OfficialAccountsApi}). */
@ApplicationScoped
public class OfficialAccountsApiDescription implements ApiDescriptionPart {

    @Override
    public JsonObject fragment() {
        return ApiDescriptionPart.read(OfficialAccountsApiDescription.class, "official-accounts-api.json");
    }
}
