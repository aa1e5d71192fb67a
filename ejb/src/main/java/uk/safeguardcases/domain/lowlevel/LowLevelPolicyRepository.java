package uk.safeguardcases.domain.lowlevel;

import java.util.Optional;

/** The boards' own rules for low-level concerns: one row per board, none for a board that keeps the standard rule. */
public interface LowLevelPolicyRepository {

    /** The board's own rule, if it has set one. */
    Optional<LowLevelPolicy> of(String board);

    void add(LowLevelPolicy policy);
}
