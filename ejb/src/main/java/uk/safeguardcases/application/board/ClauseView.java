package uk.safeguardcases.application.board;

import java.io.Serializable;

/** A policy clause as pages show it. */
public record ClauseView(Long id, String reference, String section, String text) implements Serializable {
}
