package uk.dln.secretariat.app.home;

import java.util.function.Consumer;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.scene.Node;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import uk.dln.secretariat.app.i18n.Messages;

/**
 * Home: the next meeting, the cycle's checklist and what needs chasing, as text and links only (no tables, no
 * filters), so it is the cheapest thing the window can show first. Every line is a link to where the thing is done.
 */
public final class HomeView extends ScrollPane {

    public static final String STYLE_CLASS = "home";

    private final Consumer<Destination> navigate;

    public HomeView(HomeViewModel viewModel, Consumer<Destination> navigate) {
        this.navigate = navigate;
        var title = new Label(Messages.get("home.title"));
        title.getStyleClass().add("heading-xl");
        var status = new Label();
        status.getStyleClass().add("hint");
        status.textProperty().bind(viewModel.statusProperty());
        status.managedProperty().bind(status.textProperty().isNotEmpty());
        status.visibleProperty().bind(status.managedProperty());

        var meetingHeading = heading("heading-l");
        meetingHeading.textProperty().bind(viewModel.meetingHeadingProperty());
        var meetingDetail = new Label();
        meetingDetail.getStyleClass().add("body-text");
        meetingDetail.setWrapText(true);
        meetingDetail.textProperty().bind(viewModel.meetingDetailProperty());
        // With no meeting planned there is no detail, and no blank line where it would be.
        meetingDetail.managedProperty().bind(meetingDetail.textProperty().isNotEmpty());
        meetingDetail.visibleProperty().bind(meetingDetail.managedProperty());
        var meetingLink = new Hyperlink();
        meetingLink.setId("home-meeting");
        meetingLink.managedProperty().bind(viewModel.meetingLinkProperty().isNotNull());
        meetingLink.visibleProperty().bind(meetingLink.managedProperty());
        viewModel.meetingLinkProperty().addListener((obs, old, line) -> {
            if (line != null) {
                dress(meetingLink, line);
            }
        });

        var cycle = new VBox(meetingHeading, meetingDetail, meetingLink,
                group("home.checklist.heading", "home-checklist", viewModel.checklist()));
        cycle.getStyleClass().add("home-column");
        var chase = new VBox(group("home.actions.heading", "home-actions", viewModel.overdueActions()),
                group("home.roadmaps.heading", "home-roadmaps", viewModel.roadmaps()),
                group("home.gaps.heading", "home-gaps", viewModel.gaps()));
        chase.getStyleClass().add("home-column");
        HBox.setHgrow(cycle, Priority.ALWAYS);
        HBox.setHgrow(chase, Priority.ALWAYS);
        var columns = new HBox(cycle, chase);
        columns.getStyleClass().add("home-columns");

        var page = new VBox(title, status, columns);
        page.getStyleClass().add("home-page");
        setContent(page);
        setFitToWidth(true);
        getStyleClass().add(STYLE_CLASS);
        setId("home");
        setAccessibleText(Messages.get("home.title"));
    }

    private Node group(String headingKey, String id, ObservableList<HomeLine> lines) {
        var heading = heading("heading-m");
        heading.setText(Messages.get(headingKey));
        var links = new VBox();
        links.setId(id);
        links.getStyleClass().add("home-lines");
        links.setAccessibleText(heading.getText());
        lines.addListener((ListChangeListener<HomeLine>) change -> {
            // A line that had the focus hands it to the line now in its place, so Tab goes on from there.
            int focused = getScene() == null ? -1 : links.getChildren().indexOf(getScene().getFocusOwner());
            links.getChildren().clear();
            for (HomeLine line : lines) {
                var link = new Hyperlink();
                dress(link, line);
                links.getChildren().add(link);
            }
            if (focused >= 0 && !links.getChildren().isEmpty()) {
                links.getChildren().get(Math.min(focused, links.getChildren().size() - 1)).requestFocus();
            }
        });
        var group = new VBox(heading, links);
        group.managedProperty().bind(javafx.beans.binding.Bindings.isNotEmpty(lines));
        group.visibleProperty().bind(group.managedProperty());
        group.getStyleClass().add("home-group");
        return group;
    }

    private void dress(Hyperlink link, HomeLine line) {
        // The mark repeats the state for the eye; the words carry it for everyone.
        link.setText((line.done() ? "\u2713 " : "\u2022 ") + line.label());
        link.setAccessibleText(line.label());
        link.setWrapText(true);
        link.getStyleClass().setAll("hyperlink", "home-line", line.done() ? "home-line-done" : "home-line-open");
        link.setOnAction(event -> {
            // A link is a way to go, not a thing to remember as visited.
            link.setVisited(false);
            navigate.accept(line.destination());
        });
        // Space follows a link as it presses a button; Enter too, as it follows a link on a web page.
        link.setOnKeyPressed(event -> {
            if (event.getCode() == KeyCode.ENTER) {
                event.consume();
                link.fire();
            }
        });
    }

    private static Label heading(String styleClass) {
        var label = new Label();
        label.getStyleClass().add(styleClass);
        label.setWrapText(true);
        return label;
    }
}
