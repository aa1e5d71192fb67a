package uk.safeguardcases.application.dpcomplaint;

/**
 * A data protection complaint as the form sends it: what the person is unhappy about, and how to write to them (a
 * member signed in to the portal gives no name or address: their account's are used).
 */
public record ComplaintForm(String words, String name, String email, String phone) {
}
