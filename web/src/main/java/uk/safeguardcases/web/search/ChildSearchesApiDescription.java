package uk.safeguardcases.web.search;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.JsonObject;
import uk.safeguardcases.web.api.ApiDescriptionPart;

/** Searches about a child: their part of the API's description, {@code /api/child-searches} ({@link ChildSearchesApi}). */
@ApplicationScoped
public class ChildSearchesApiDescription implements ApiDescriptionPart {

    @Override
    public JsonObject fragment() {
        return ApiDescriptionPart.read(ChildSearchesApiDescription.class, "child-searches-api.json");
    }
}
