package uk.safeguardcases.it;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import uk.safeguardcases.application.notification.Outbox;
import uk.safeguardcases.domain.notification.Notice;
import uk.safeguardcases.infrastructure.engine.StepFaults;

/**
 * Test deployments only (browser tests): puts stuck work on a board for the Stuck work page. Answers only the machine
 * itself.
 *
 * <p>{@code GET /test-fixtures/stuck?board=cwmtaf&ref=CWMTAF-2026-0001}: the case's LADO escalation (the case waits
 * for its LADO referral) is made to fail every try (the test-only fault switch) until it is an incident; answers
 * the incident's id. The fault stays armed until {@code &act=mend}. {@code ?board=cwmtaf&email=Subject}: an e-mail of
 * the board refused by the mail server, given up on at once; answers its id.
 */
@WebServlet("/test-fixtures/stuck")
public class StuckWorkFixtureServlet extends HttpServlet {

    private static final String ESCALATE_LADO = "escalate-lado-referral";

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (!"127.0.0.1".equals(request.getRemoteAddr()) && !"0:0:0:0:0:0:0:1".equals(request.getRemoteAddr())) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        String board = request.getParameter("board");
        String answer;
        if ("mend".equals(request.getParameter("act"))) {
            StepFaults.disarm(board, ESCALATE_LADO);
            answer = "mended";
        } else if (request.getParameter("email") != null) {
            answer = String.valueOf(givenUp(board, request.getParameter("email")));
        } else {
            answer = stuck(board, request.getParameter("ref"));
        }
        response.setContentType("text/plain");
        response.getOutputStream().write(answer.getBytes(StandardCharsets.UTF_8));
    }

    private static String stuck(String board, String ref) {
        ProcessEngine engine = CaseFixtures.bean(ProcessEngine.class);
        StepFaults.failNext(board, ESCALATE_LADO, 1000);
        ProcessInstance instance = engine.getRuntimeService().createProcessInstanceQuery()
                .processInstanceBusinessKey(ref).singleResult();
        try {
            // The LADO's day has passed: the escalation fails its first try.
            ClockUtil.setCurrentTime(Date.from(Instant.now().plus(5, ChronoUnit.DAYS)));
            await(() -> timerOf(engine, instance).getExceptionMessage() != null, "the first failure of " + ref);
            // The day of retries passes with it (the engine test shows their schedule): the last try fails too.
            engine.getManagementService().setJobRetries(1).jobId(timerOf(engine, instance).getId())
                    .dueDate(ClockUtil.getCurrentTime()).execute();
            await(() -> engine.getRuntimeService().createIncidentQuery().processInstanceId(instance.getId())
                    .count() > 0, "an incident for " + ref);
        } finally {
            ClockUtil.reset();
        }
        return engine.getRuntimeService().createIncidentQuery().processInstanceId(instance.getId()).singleResult()
                .getId();
    }

    private static Job timerOf(ProcessEngine engine, ProcessInstance instance) {
        return engine.getManagementService().createJobQuery().processInstanceId(instance.getId()).timers()
                .singleResult();
    }

    private static void await(java.util.function.BooleanSupplier condition, String what) {
        Waiting.waitingFor(what).pollInterval(Duration.ofMillis(100))
                .atMost(Duration.ofSeconds(40)).until(condition::getAsBoolean);
    }

    private static long givenUp(String board, String subject) {
        Outbox outbox = CaseFixtures.bean(Outbox.class);
        return CaseFixtures.as(board + ".officer", () -> {
            long id = outbox.queue(null, Notice.MAIL_UNDELIVERABLE, "nobody@" + board + ".example", "Ref: " + subject,
                    "Body");
            outbox.failed(id, 1, "550 mailbox unavailable", true, Instant.now());
            return id;
        });
    }
}
