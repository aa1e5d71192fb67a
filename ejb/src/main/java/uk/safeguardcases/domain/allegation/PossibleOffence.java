package uk.safeguardcases.domain.allegation;

/** Offences committed online, from the NSCB guidance's list ("Offences committed on social networking sites…"). */
public enum PossibleOffence {
    THREATS_TO_KILL("Threats to kill"),
    HARASSMENT("Intended harassment of another person"),
    FEAR_OF_VIOLENCE("Putting a person in fear of violence"),
    MALICIOUS_COMMUNICATIONS("Intending to cause distress or anxiety by sending indecent, offensive or threatening"
            + " letters, electronic communication or other articles to another person"),
    THREATS_TO_DAMAGE_PROPERTY("Threats to destroy or damage property"),
    HARASSMENT_ALARM_DISTRESS("Causing intentional harassment, alarm or distress");

    private final String label;

    PossibleOffence(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
