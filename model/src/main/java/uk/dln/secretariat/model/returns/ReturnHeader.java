package uk.dln.secretariat.model.returns;

import java.time.LocalDate;
import uk.dln.secretariat.model.time.Quarter;

/**
 * What a return says about itself: which workspace issued it, its id, to whom, and for which quarter.
 *
 * @param workspaceId  the issuing workspace's identity; a return from another workspace is refused
 * @param returnId     the issued return's id in that workspace
 * @param organisation the organisation's short name, e.g. {@code DWP}
 * @param marking      the protective marking the workbook carries
 * @param sendTo       who the coordinator sends it back to
 */
public record ReturnHeader(String workspaceId, String returnId, String organisation, String organisationName,
                           LocalDate issuedOn, LocalDate dueOn, Quarter quarter, String marking, String sendTo) {
}
