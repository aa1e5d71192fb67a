package uk.safeguardcases.domain.dpcomplaint;

/**
 * What the board found on a data protection complaint, as the complainant is told it (DPA 2018 s.164A(3)(b), inserted
 * by the Data (Use and Access) Act 2025: the outcome told without undue delay). The ICO's guidance leaves the
 * categories to the controller; these three say plainly whether the board agrees something went wrong.
 */
public enum ComplaintOutcome {
    UPHELD, PARTLY_UPHELD, NOT_UPHELD
}
