package uk.safeguardcases.web.access;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.JsonObject;
import uk.safeguardcases.web.api.ApiDescriptionPart;

/** Subject access's part of the API's description: {@code /api/subject-access-requests} ({@link SubjectAccessApi}). */
@ApplicationScoped
public class SubjectAccessApiDescription implements ApiDescriptionPart {

    @Override
    public JsonObject fragment() {
        return ApiDescriptionPart.read(SubjectAccessApiDescription.class, "subject-access-api.json");
    }
}
