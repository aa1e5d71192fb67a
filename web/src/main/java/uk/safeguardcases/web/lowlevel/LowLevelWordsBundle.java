package uk.safeguardcases.web.lowlevel;

import uk.safeguardcases.application.lowlevel.LowLevelWords;

/** The bundle's name as the pages' {@code Language.text} takes it. */
final class LowLevelWordsBundle {

    static final String NAME = LowLevelWords.BUNDLE;

    private LowLevelWordsBundle() {
    }
}
