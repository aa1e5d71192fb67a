package uk.safeguardcases.it;

import static uk.safeguardcases.it.CaseFixtures.as;
import static uk.safeguardcases.it.CaseFixtures.bean;
import static uk.safeguardcases.it.CaseFixtures.caller;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.logging.Logger;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import uk.safeguardcases.application.investigation.ReferralPack;
import uk.safeguardcases.application.investigation.ReferralService;
import uk.safeguardcases.application.reports.Documents;
import uk.safeguardcases.application.reports.OutgoingDocuments;
import uk.safeguardcases.application.reports.ReferralPackPdf;
import uk.safeguardcases.domain.cases.CaseStatus;

/**
 * Issue 66: what signing adds to the referral pack. The pack of a referred case is laid out {@code bench.requests}
 * times (200) after {@code bench.warmUp} (50) as the process lays it out, then laid out and signed (PAdES, the registry's
 * row written, no time-stamping authority) as it leaves, each in its own transaction as the board's officer; p50, p95
 * and the largest of each, and the difference. A measurement, not a test: written to {@code target/pack-signing.txt}.
 */
@ExtendWith(ArquillianExtension.class)
class PackSigningBenchmark {

    private static final Logger LOG = Logger.getLogger(PackSigningBenchmark.class.getName());
    private static final int REQUESTS = Integer.getInteger("bench.requests", 200);
    private static final int WARM_UP = Integer.getInteger("bench.warmUp", 50);

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.productWithFixtures(PackSigningBenchmark.class);
    }

    @Test
    void timesThePackWithAndWithoutSigning() throws Exception {
        TestBoard board = TestBoard.like("cwmtaf");
        Long organisation = caller(board.person("hr")).organisationId();
        String ref = CaseFixtures.photographsPosted(board.id(), organisation, "Siân Ll. Pritchard")
                .at(CaseStatus.REFERRED_TO_HR).reference();
        ReferralPack pack = as(board.officer(), () -> bean(ReferralService.class).packForBoard(ref));
        long[] plain = time(board.officer(), () -> bean(Documents.class).referralPack(pack));
        long[] signed = time(board.officer(), () -> bean(OutgoingDocuments.class).issue(ReferralPackPdf.ISSUED_AS, ref,
                bean(Documents.class).referralPack(pack)));
        int bytes = as(board.officer(), () -> bean(Documents.class).referralPack(pack)).length;
        List<String> lines = new ArrayList<>();
        lines.add(String.format("referral pack of %d bytes (bilingual board), %d times each after %d to warm up; load %s",
                bytes, REQUESTS, WARM_UP, Files.readString(Path.of("/proc/loadavg")).strip()));
        lines.add(String.format("%-22s %9s %9s %9s", "", "p50 ms", "p95 ms", "max ms"));
        lines.add(line("laid out", plain));
        lines.add(line("laid out and signed", signed));
        lines.add(String.format("%-22s %9.2f %9.2f", "signing adds", ms(at(signed, 0.50) - at(plain, 0.50)),
                ms(at(signed, 0.95) - at(plain, 0.95))));
        lines.forEach(LOG::info);
        Path out = Path.of(System.getProperty("bench.out", System.getProperty("java.io.tmpdir")), "pack-signing.txt");
        Files.write(out, lines);
        LOG.info("Written to " + out);
    }

    private static long[] time(String person, java.util.concurrent.Callable<byte[]> work) {
        long[] took = new long[REQUESTS];
        for (int i = -WARM_UP; i < REQUESTS; i++) {
            long started = System.nanoTime();
            inTransaction(person, work);
            if (i >= 0) {
                took[i] = System.nanoTime() - started;
            }
        }
        Arrays.sort(took);
        return took;
    }

    /** The work as the person, in a transaction of its own, as a page's step runs it. */
    private static void inTransaction(String person, java.util.concurrent.Callable<byte[]> work) {
        try {
            jakarta.transaction.UserTransaction transaction = javax.naming.InitialContext
                    .doLookup("java:comp/UserTransaction");
            transaction.begin();
            try {
                as(person, work);
                transaction.commit();
            } catch (RuntimeException e) {
                transaction.rollback();
                throw e;
            }
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static String line(String what, long[] sorted) {
        return String.format("%-22s %9.2f %9.2f %9.2f", what, ms(at(sorted, 0.50)), ms(at(sorted, 0.95)),
                ms(sorted[sorted.length - 1]));
    }

    private static long at(long[] sorted, double quantile) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(quantile * sorted.length) - 1)];
    }

    private static double ms(long nanos) {
        return nanos / 1e6;
    }
}
