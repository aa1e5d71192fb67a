package uk.safeguardcases.web.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class SessionTurnsTest {

    @Test
    void aSessionTakesOneTurnWhicheverNodesRouteItsCookieCarries() {
        // WildFly's cookie is "id.route"; when another node takes the session over the route changes, and a request
        // still carrying the old one is the same session.
        assertEquals("Qm9hcmQtMTIz_xY-z", SessionTurns.sessionId("Qm9hcmQtMTIz_xY-z.node1"));
        assertEquals(SessionTurns.sessionId("Qm9hcmQtMTIz_xY-z.node1"), SessionTurns.sessionId("Qm9hcmQtMTIz_xY-z.node2"));
        assertEquals("Qm9hcmQtMTIz_xY-z", SessionTurns.sessionId("Qm9hcmQtMTIz_xY-z"));
    }
}
