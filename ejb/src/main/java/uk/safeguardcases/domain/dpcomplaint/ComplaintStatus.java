package uk.safeguardcases.domain.dpcomplaint;

/** Where a data protection complaint stands: received, acknowledged (being looked into), or closed with its outcome. */
public enum ComplaintStatus {
    RECEIVED, ACKNOWLEDGED, CLOSED
}
