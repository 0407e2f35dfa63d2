package uk.dln.secretariat.app.help;

import java.util.HashMap;
import java.util.Map;
import javafx.application.Platform;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import javafx.stage.Stage;
import javafx.stage.Window;
import uk.dln.secretariat.app.i18n.Messages;

/**
 * The user guide in a window of its own beside the main one, opened by Help > User guide or F1 at the part about
 * the section in front. Plain text flows rather than a web view: the app carries no browser engine. Esc closes it.
 */
public final class GuideWindow {

    private static final String STYLESHEET = "/uk/dln/secretariat/app/secretariat.css";

    private final Stage stage = new Stage();
    private final ScrollPane scroll;
    private final VBox page = new VBox(8);
    private final Map<String, Node> headings = new HashMap<>();
    private final UserGuide guide;

    public GuideWindow(Window owner, UserGuide guide) {
        this.guide = guide;
        for (UserGuide.Block block : guide.blocks()) {
            page.getChildren().add(node(block));
        }
        page.setPadding(new Insets(20, 28, 28, 28));
        page.getStyleClass().add("guide");
        scroll = new ScrollPane(page);
        scroll.setFitToWidth(true);
        scroll.setId("guide");
        scroll.setAccessibleText(Messages.get("help.guide.title"));
        var scene = new Scene(scroll, 760, 600);
        scene.getStylesheets().add(GuideWindow.class.getResource(STYLESHEET).toExternalForm());
        scene.addEventHandler(KeyEvent.KEY_PRESSED, event -> {
            if (event.getCode() == KeyCode.ESCAPE) {
                stage.close();
            }
        });
        stage.initOwner(owner);
        stage.setTitle(Messages.get("help.guide.title"));
        stage.setScene(scene);
    }

    /** Shows the guide at the part about the section titled {@code sectionTitle}, or at its start. */
    public void showAt(String sectionTitle) {
        stage.show();
        stage.toFront();
        Node target = guide.partAbout(sectionTitle).map(heading -> headings.get(heading.text())).orElse(null);
        // Scrolled once the page is laid out, when the heading's place and the page's height are known.
        Platform.runLater(() -> {
            page.applyCss();
            page.layout();
            double range = page.getHeight() - scroll.getViewportBounds().getHeight();
            scroll.setVvalue(target == null || range <= 0 ? 0 : Math.min(1, target.getBoundsInParent().getMinY() / range));
            scroll.requestFocus();
        });
    }

    public Stage stage() {
        return stage;
    }

    /** The part of the guide at the top of the window now, for tests: the last heading scrolled past. */
    public String headingInView() {
        double range = page.getHeight() - scroll.getViewportBounds().getHeight();
        double top = scroll.getVvalue() * Math.max(0, range);
        String current = "";
        for (var entry : headings.entrySet()) {
            double y = entry.getValue().getBoundsInParent().getMinY();
            if (y <= top + 1 && (current.isEmpty() || y > headings.get(current).getBoundsInParent().getMinY())) {
                current = entry.getKey();
            }
        }
        return current;
    }

    private Node node(UserGuide.Block block) {
        if (block instanceof UserGuide.Heading heading) {
            var label = new Label(heading.text());
            label.setWrapText(true);
            label.getStyleClass().add(heading.level() <= 1 ? "heading-l" : heading.level() == 2 ? "heading-m"
                    : "heading-s");
            label.setPadding(new Insets(heading.level() <= 2 ? 12 : 6, 0, 0, 0));
            headings.putIfAbsent(heading.text(), label);
            return label;
        }
        if (block instanceof UserGuide.Bullet bullet) {
            var mark = new Label("\u2022");
            mark.setMinWidth(16);
            var row = new HBox(4, mark, flow(bullet.text()));
            row.setPadding(new Insets(0, 0, 0, 8));
            return row;
        }
        if (block instanceof UserGuide.Code code) {
            var text = new Label(code.text());
            text.getStyleClass().add("guide-code");
            text.setWrapText(true);
            return text;
        }
        return flow(((UserGuide.Paragraph) block).text());
    }

    private static TextFlow flow(String text) {
        var flow = new TextFlow();
        for (UserGuide.Span span : UserGuide.spans(text)) {
            var run = new Text(span.text());
            run.getStyleClass().add(switch (span.kind()) {
                case BOLD -> "guide-bold";
                case CODE -> "guide-code-span";
                case PLAIN -> "guide-text";
            });
            flow.getChildren().add(run);
        }
        flow.setLineSpacing(2);
        return flow;
    }
}
