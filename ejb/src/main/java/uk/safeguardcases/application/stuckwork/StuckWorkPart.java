package uk.safeguardcases.application.stuckwork;

import java.util.List;

/**
 * A process's own work that can be given up on, listed on the board's Stuck work page beside the steps and
 * e-mails (a plug-in registers one as a CDI bean, as {@code webhook/WebhookStuckWork}). Its items are of kind
 * {@code PART} (given up: to try again, or to say it was dealt with another way) or {@code PART_RETRYING}; their
 * {@code name}, {@code processName} (a second line) and {@code cause} are already in the caller's language, and
 * their ids are its own ({@link StuckWork} prefixes them with {@link #key()}). Each method is the board's only: an id
 * of another board's, or of work no longer given up, is "not found".
 */
public interface StuckWorkPart {

    /** Its items' ids begin with this and a colon on the page: letters only, unique among the parts. */
    String key();

    /** Its given-up work, oldest first, then its work being tried again by itself, the next try first. */
    List<StuckItem> items();

    /** Tries it again now, recording who did; answers the sentence the page shows. */
    String tryAgain(String id);

    /** Records that it was dealt with another way, and who did; answers the sentence the page shows. */
    String dealtWith(String id);
}
