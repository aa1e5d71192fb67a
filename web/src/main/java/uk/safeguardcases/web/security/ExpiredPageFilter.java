package uk.safeguardcases.web.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * A form the product cannot take (its page has expired, its view state is forged, its CSP nonce is missing or wrong)
 * is the sender's fault, not the server's: the "page has expired" page answers it with 400, where the container
 * would say 500 for an exception. Nothing of the form was done.
 */
public class ExpiredPageFilter extends HttpFilter {

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        response.setStatus(400);
        chain.doFilter(request, response);
    }
}
