package uk.safeguardcases.web.api;

/** A request the API refuses before any work is done (too large, not JSON), with the status to answer. */
class ApiRefusal extends RuntimeException {

    private final int status;
    private final String title;

    ApiRefusal(int status, String title, String detail) {
        super(detail);
        this.status = status;
        this.title = title;
    }

    int status() {
        return status;
    }

    String title() {
        return title;
    }
}
