package uk.safeguardcases.application.security;

/**
 * The server's own keys, kept out of the database they protect and out of the server's configuration file: an operator
 * gives each one to every node in its environment (or a system property), as the runbook says, with how to rotate it.
 */
public interface ServerKeys {

    /**
     * The key of the public forms' limits: it signs their proof-of-work challenges and keys the hashes their counts are
     * kept under, so that someone holding the database alone cannot test an address against them. 32 bytes.
     */
    byte[] throttleKey();
}
