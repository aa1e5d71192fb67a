package uk.safeguardcases.application.api;

import java.time.Clock;
import uk.safeguardcases.domain.audit.AuditAction;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.security.SecureRandom;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import uk.safeguardcases.application.InvalidInputException;
import uk.safeguardcases.application.Texts;
import uk.safeguardcases.application.audit.TimelineService;
import uk.safeguardcases.application.tenancy.Caller;
import uk.safeguardcases.application.tenancy.CallerContext;
import uk.safeguardcases.application.tenancy.NotFoundException;
import uk.safeguardcases.domain.api.ApiKey;
import uk.safeguardcases.domain.api.ApiKeyRepository;
import uk.safeguardcases.domain.organisation.OrganisationRepository;
import uk.safeguardcases.domain.evidence.ContentHash;
import uk.safeguardcases.domain.people.Role;

/**
 * The board administrator's API keys for the board's monitoring tools, and the one look-up of a presented key.
 * A key is 32 random bytes; only its SHA-256 is stored, so the key is shown once, when it is made. Every change
 * is written to the board's timeline (never the key).
 */
@Stateless
public class ApiKeyService {

    /** The time, as the server reads it ({@code ServerClock}). */
    @Inject
    private Clock clock;

    public static final String MACHINE_PREFIX = ApiKey.MACHINE_PREFIX;

    private static final int NAME_MAX = 60;
    private static final int KEY_BYTES = 32;
    private static final int PRESENTED_MAX = 100;
    private static final SecureRandom RANDOM = new SecureRandom();

    @Inject
    private ApiKeyRepository keys;

    @Inject
    private OrganisationRepository organisations;

    @Inject
    private TimelineService timeline;

    /** The board's keys, newest first, revoked ones included. */
    public List<ApiKeyView> keys() {
        CallerContext.require(Role.ADMIN);
        return keys.keys().stream().map(ApiKeyService::view).toList();
    }

    /** Makes a key for a monitoring tool; the whole key is in the answer and nowhere else. */
    public NewApiKey create(String name) {
        Caller caller = CallerContext.require(Role.ADMIN);
        Map<String, String> problems = new LinkedHashMap<>();
        String clean = name == null ? "" : name.strip();
        if (clean.isEmpty()) {
            problems.put("name", Texts.text("apiKey.name.missing"));
        } else if (clean.length() > NAME_MAX) {
            problems.put("name", Texts.text("apiKey.name.tooLong", NAME_MAX));
        } else if (clean.chars().anyMatch(Character::isISOControl)) {
            problems.put("name", Texts.text("apiKey.name.controlCharacters"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        NewApiKey made = issue(caller, clean);
        timeline.record(null, AuditAction.API_KEY_CREATED, "Key \"" + clean + "\" (" + made.view().keyPrefix() + "…)");
        return made;
    }

    /**
     * Makes a service account for a parent organisation's HR system: a key that acts as the organisation's HR partner,
     * so it sees and answers that organisation's referrals only (the same scope as its people, below the services).
     */
    public NewApiKey createServiceAccount(String name, long organisationId) {
        Caller caller = CallerContext.require(Role.ADMIN);
        String clean = name == null ? "" : name.strip();
        if (clean.isEmpty() || clean.length() > NAME_MAX || clean.chars().anyMatch(Character::isISOControl)) {
            throw new InvalidInputException(Map.of("name", Texts.text("apiKey.name.missing")));
        }
        boolean ours = organisations.byId(organisationId).isPresent();
        if (!ours) {
            throw new NotFoundException("No such organisation of this board.");
        }
        byte[] bytes = new byte[KEY_BYTES];
        RANDOM.nextBytes(bytes);
        String key = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        ApiKey apiKey = ApiKey.serviceAccount(clean, key, ContentHash.sha256Hex(key), organisationId,
                caller.username(), now());
        keys.add(apiKey);
        timeline.record(null, AuditAction.SERVICE_ACCOUNT_CREATED, "Key \"" + clean + "\" (" + apiKey.keyPrefix()
                + "…) for organisation " + organisationId);
        return new NewApiKey(view(apiKey), key);
    }

    /** Revokes a key of the board at once; it never works again. Revoking a revoked key changes nothing. */
    public ApiKeyView revoke(long id) {
        Caller caller = CallerContext.require(Role.ADMIN);
        ApiKey key = find(id);
        if (!key.revoked()) {
            key.revoke(caller.username(), now());
            timeline.record(null, AuditAction.API_KEY_REVOKED, "Key \"" + key.name() + "\" (" + key.keyPrefix() + "…)");
        }
        return view(key);
    }

    /** A new key with the same name, and the old one revoked, in one step. */
    public NewApiKey rotate(long id) {
        Caller caller = CallerContext.require(Role.ADMIN);
        ApiKey old = find(id);
        if (old.revoked()) {
            throw new InvalidInputException(Map.of("key", Texts.text("apiKey.revoked", old.name())));
        }
        old.revoke(caller.username(), now());
        NewApiKey made = issue(caller, old.name());
        timeline.record(null, AuditAction.API_KEY_ROTATED, "Key \"" + old.name() + "\" (" + old.keyPrefix()
                + "…) revoked and replaced by " + made.view().keyPrefix() + "…");
        return made;
    }

    /**
     * The machine caller for a presented key, or empty when it is unknown or revoked. This is the one look-up
     * made before the board is known, so it reads the table directly (native SQL is not tenant-filtered) and
     * returns the key's board with it.
     */
    public Optional<Caller> callerForKey(String presented) {
        if (presented == null || presented.isBlank() || presented.length() > PRESENTED_MAX) {
            return Optional.empty();
        }
        Optional<ApiKeyRepository.KeyHolder> used = keys.usedKey(ContentHash.sha256Hex(presented.strip()), now());
        if (used.isEmpty()) {
            return Optional.empty();
        }
        ApiKeyRepository.KeyHolder row = used.get();
        String name = row.name();
        if (row.organisationId() != null) {
            // A service account: the organisation's HR system, scoped to its referrals like its HR partners.
            return Optional.of(new Caller(MACHINE_PREFIX + name, name, row.tenantId(), Set.of(Role.HR),
                    row.organisationId()));
        }
        return Optional.of(new Caller(MACHINE_PREFIX + name, name, row.tenantId(), Set.of(Role.INTAKE), null));
    }

    private NewApiKey issue(Caller caller, String name) {
        byte[] bytes = new byte[KEY_BYTES];
        RANDOM.nextBytes(bytes);
        String key = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        ApiKey apiKey = ApiKey.issue(name, key, ContentHash.sha256Hex(key), caller.username(), now());
        keys.add(apiKey);
        return new NewApiKey(view(apiKey), key);
    }

    private ApiKey find(long id) {
        return keys.key(id)
                .orElseThrow(() -> new NotFoundException(Texts.text("notFound.apiKey", String.valueOf(id))));
    }

    private Instant now() {
        return Instant.now(clock).truncatedTo(ChronoUnit.MICROS);
    }

    private static ApiKeyView view(ApiKey k) {
        return new ApiKeyView(k.id(), k.name(), k.keyPrefix(), k.createdAt(), k.createdBy(), k.revokedAt(),
                k.revokedBy(), k.lastUsedAt());
    }
}
