package uk.safeguardcases.domain.evidence;

/** Where the content was found. Stored by name; the label is what people see. */
public enum Platform {
    FACEBOOK("Facebook"),
    X_TWITTER("X / Twitter"),
    INSTAGRAM("Instagram"),
    TIKTOK("TikTok"),
    SNAPCHAT("Snapchat"),
    LINKEDIN("LinkedIn"),
    YOUTUBE("YouTube"),
    BLOG_OR_WEBSITE("Blog or website"),
    MESSAGING("Messaging app (WhatsApp, Messenger, …)"),
    OTHER("Other");

    private final String label;

    Platform(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
