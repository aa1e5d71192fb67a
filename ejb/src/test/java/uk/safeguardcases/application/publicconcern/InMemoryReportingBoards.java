package uk.safeguardcases.application.publicconcern;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import uk.safeguardcases.application.Wiring;
import uk.safeguardcases.application.tenancy.CallerContext;
import uk.safeguardcases.domain.board.Board;
import uk.safeguardcases.domain.organisation.OrganisationKind;
import uk.safeguardcases.domain.organisation.ParentOrganisation;

/** Boards and their parent organisations in memory. */
class InMemoryReportingBoards implements ReportingBoards {

    private final Map<String, Board> boards = new LinkedHashMap<>();
    final List<ParentOrganisation> organisations = new ArrayList<>();

    Board board(String id, String name, int triageClosureRetentionMonths) {
        Board board = new Board() {
        };
        Wiring.set(board, "id", id);
        Wiring.set(board, "name", name);
        board.keepTriageClosuresFor(triageClosureRetentionMonths);
        boards.put(id, board);
        return board;
    }

    ParentOrganisation organisation(String board, String name) {
        ParentOrganisation organisation = new ParentOrganisation(name, OrganisationKind.SCHOOL, "hr@example.org");
        store(organisation, board);
        return organisation;
    }

    private void store(ParentOrganisation organisation, String board) {
        Wiring.set(organisation, "id", (long) organisations.size() + 1);
        Wiring.set(organisation, "tenantId", board);
        organisations.add(organisation);
    }

    private List<ParentOrganisation> ours() {
        return organisations.stream().filter(o -> o.tenantId().equals(CallerContext.current().tenantId())).toList();
    }

    @Override
    public Optional<Board> board(String boardId) {
        return Optional.ofNullable(boards.get(boardId));
    }

    @Override
    public List<ParentOrganisation> activeOrganisations() {
        return ours().stream().filter(ParentOrganisation::active)
                .sorted(Comparator.comparing(ParentOrganisation::name)).toList();
    }

    @Override
    public Optional<ParentOrganisation> organisation(long id) {
        return organisations.stream().filter(o -> o.id() == id).findFirst();
    }

    @Override
    public Optional<ParentOrganisation> organisationNamed(String name) {
        return ours().stream().filter(o -> o.name().equals(name)).findFirst();
    }

    @Override
    public void addOrganisation(ParentOrganisation organisation) {
        store(organisation, CallerContext.current().tenantId());
    }
}
