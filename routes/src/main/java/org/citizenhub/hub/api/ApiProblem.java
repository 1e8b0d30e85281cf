package org.citizenhub.hub.api;

/** Ends a request with a problem response; the detail is shown to the caller, so it never quotes personal data. */
public class ApiProblem extends RuntimeException {

    private final int status;
    private final String title;

    public ApiProblem(int status, String title, String detail) {
        super(detail, null, false, false);
        this.status = status;
        this.title = title;
    }

    public static ApiProblem badRequest(String detail) {
        return new ApiProblem(400, "Bad Request", detail);
    }

    public static ApiProblem notFound(String detail) {
        return new ApiProblem(404, "Not Found", detail);
    }

    public static ApiProblem conflict(String detail) {
        return new ApiProblem(409, "Conflict", detail);
    }

    public Problem toProblem() {
        return Problem.of(status, title, getMessage());
    }

    public int status() {
        return status;
    }
}
