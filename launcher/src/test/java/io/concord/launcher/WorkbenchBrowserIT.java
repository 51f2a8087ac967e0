package io.concord.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The workbench as a person uses it, in Debian's headless Chromium driven by Selenium, against the real
 * distribution: open the seeds, curate a document (accept, reject, correct, add, undo, by mouse and
 * keyboard), reload, re-run after an annotator bundle changed, review a conflict, merge entities, the
 * plug-ins panel, exports, and a document holding script. Screenshots of the main screens go to
 * {@code target/screenshots/}.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class WorkbenchBrowserIT {
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path SCREENSHOTS = Path.of("target/screenshots");

    @TempDir
    static Path dir;
    static Distribution dist;
    static WorkbenchServer server;
    static ChromeDriver driver;
    static WebDriverWait wait;
    static long project;
    static long document;

    @BeforeAll
    static void start() throws Exception {
        boolean browser = Files.isExecutable(CHROMEDRIVER) && Files.isExecutable(CHROMIUM);
        if (System.getenv("CI") == null) {
            Assumptions.assumeTrue(browser, "chromium and chromium-driver are not installed (bash .ci/run installs them)");
        }
        assertTrue(browser, "CI must have Debian's chromium and chromium-driver (.ci/run installs them)");
        dist = Distribution.copyTo(dir);
        server = WorkbenchServer.start(dist, dir.resolve("ws"), "--import", Distribution.SEEDS.toString(), "--project", "seeds");
        project = server.get("api/projects").getAsJsonArray().get(0).getAsJsonObject().get("id").getAsLong();
        document = server.get("api/projects/" + project).getAsJsonObject().getAsJsonArray("documents").get(0).getAsJsonObject()
                .get("id").getAsLong();

        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort().build();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu", "--window-size=1280,900",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--user-data-dir=" + Files.createDirectories(dir.resolve("chromium")));
        driver = new ChromeDriver(service, options);
        wait = new WebDriverWait(driver, Duration.ofSeconds(30));
        Files.createDirectories(SCREENSHOTS);
    }

    @AfterAll
    static void stop() throws Exception {
        if (driver != null) {
            driver.quit();
        }
        if (server != null) {
            server.close();
        }
    }

    private static void open(String hash) {
        driver.get(server.base + hash);
        ready();
    }

    private static void ready() {
        wait.until(d -> "true".equals(d.findElement(By.tagName("body")).getAttribute("data-ready")));
    }

    private static void screenshot(String name) throws Exception {
        File png = driver.getScreenshotAs(OutputType.FILE);
        Files.copy(png.toPath(), SCREENSHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
    }

    private static WebElement annotationItem(String type, String status) {
        return driver.findElements(By.cssSelector("#ann-list li.ann-item[data-type='" + type + "'][data-status='" + status + "']"))
                .stream().findFirst().orElseThrow(() -> new AssertionError("no " + status + " " + type + " in the list"));
    }

    private static String status(String annotationId) {
        return driver.findElement(By.cssSelector("li.ann-item[data-ann-id='" + annotationId + "']")).getAttribute("data-status");
    }

    private static JsonObject apiAnnotation(String id) throws Exception {
        return server.get("api/annotations/" + id).getAsJsonObject();
    }

    @Test
    @Order(1)
    void signsInWithThePrintedAddressAndListsTheSeeds() throws Exception {
        driver.get(server.url());
        ready();
        List<WebElement> projects = driver.findElements(By.cssSelector("#project-list [data-project-id]"));
        assertEquals(1, projects.size());
        screenshot("01-projects");
        projects.get(0).findElement(By.cssSelector("a.project-link")).click();
        ready();
        assertEquals(5, driver.findElements(By.cssSelector("#document-list tr[data-document-id]")).size());
        screenshot("02-project");
    }

    @Test
    @Order(2)
    void showsTheDocumentWithItsAnnotationsHighlightedByType() throws Exception {
        open("#/d/" + document);
        int annotations = server.get("api/documents/" + document).getAsJsonObject().getAsJsonArray("annotations").size();
        assertEquals(annotations, driver.findElements(By.cssSelector("#ann-list li.ann-item")).size());
        for (String type : List.of("person", "place", "figure", "quote")) {
            assertFalse(driver.findElements(By.cssSelector("#doc-text span.seg.t-" + type)).isEmpty(), type + " highlighted");
        }
        driver.findElement(By.cssSelector("#legend input[data-type='place']")).click();
        assertTrue(driver.findElements(By.cssSelector("#doc-text span.seg.t-place")).isEmpty(), "the legend hides places");
        driver.findElement(By.cssSelector("#legend input[data-type='place']")).click();
        assertFalse(driver.findElements(By.cssSelector("#doc-text span.seg.t-place")).isEmpty());
        screenshot("03-document");
    }

    @Test
    @Order(3)
    void acceptsRejectsCorrectsAndAddsThenKeepsThemAfterAReload() throws Exception {
        open("#/d/" + document);
        WebElement place = annotationItem("place", "pending");
        String placeId = place.getAttribute("data-ann-id");
        place.click();
        driver.findElement(By.id("accept-btn")).click();
        wait.until(ExpectedConditions.textToBe(By.id("ann-status"), "accepted"));

        // keyboard: next annotation, then reject it
        driver.findElement(By.tagName("body")).sendKeys("j");
        String nextId = driver.findElement(By.cssSelector("li.ann-item.selected")).getAttribute("data-ann-id");
        driver.findElement(By.tagName("body")).sendKeys("r");
        wait.until(d -> "rejected".equals(status(nextId)));

        WebElement person = annotationItem("person", "pending");
        String personId = person.getAttribute("data-ann-id");
        person.click();
        WebElement canonical = driver.findElement(By.cssSelector("#ann-details input[name='attr-canonical']"));
        canonical.clear();
        canonical.sendKeys("Corrected Name");
        driver.findElement(By.id("save-btn")).click();
        wait.until(d -> "corrected".equals(status(personId)));

        // select a word with the mouse's selection API and add it as a place
        int before = driver.findElements(By.cssSelector("#ann-list li.ann-item")).size();
        ((JavascriptExecutor) driver).executeScript(
                "const text = document.getElementById('doc-text');"
                + "const walker = document.createTreeWalker(text, NodeFilter.SHOW_TEXT);"
                + "let node; while ((node = walker.nextNode())) {"
                + "  const seg = node.parentElement.closest('span.seg');"
                + "  if ((!seg || !seg.dataset.ann) && /\\b[a-z]{6,}\\b/.test(node.data)) break; }"
                + "const m = /\\b[a-z]{6,}\\b/.exec(node.data);"
                + "const r = document.createRange(); r.setStart(node, m.index); r.setEnd(node, m.index + m[0].length);"
                + "const s = window.getSelection(); s.removeAllRanges(); s.addRange(r);"
                + "text.dispatchEvent(new MouseEvent('mouseup', {bubbles: true}));");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("add-panel")));
        new Select(driver.findElement(By.id("add-type"))).selectByValue("place");
        driver.findElement(By.id("add-btn")).click();
        wait.until(d -> d.findElements(By.cssSelector("#ann-list li.ann-item")).size() == before + 1);
        assertFalse(driver.findElements(By.cssSelector("#ann-list li.ann-item[data-status='added']")).isEmpty());
        screenshot("04-curation");

        driver.navigate().refresh();
        ready();
        assertEquals("accepted", status(placeId));
        assertEquals("rejected", status(nextId));
        assertEquals("corrected", status(personId));
        assertEquals("Corrected Name", apiAnnotation(personId).getAsJsonObject("attributes").get("canonical").getAsString());
        assertEquals("tester", apiAnnotation(personId).get("updatedBy").getAsString());
        assertEquals(before + 1, driver.findElements(By.cssSelector("#ann-list li.ann-item")).size());

        // undo takes back the addition
        driver.findElement(By.tagName("body")).sendKeys("u");
        wait.until(d -> d.findElements(By.cssSelector("#ann-list li.ann-item")).size() == before);
    }

    @Test
    @Order(4)
    void reRunningAfterAnAnnotatorChangedKeepsTheDecisions() throws Exception {
        JsonObject doc = server.get("api/documents/" + document).getAsJsonObject();
        String accepted = null;
        for (JsonElement e : doc.getAsJsonArray("annotations")) {
            JsonObject a = e.getAsJsonObject();
            if (a.get("status").getAsString().equals("accepted")) {
                accepted = a.get("id").getAsString();
            }
        }
        Path jar = dist.deploy().resolve("concord-annotator-places.jar");
        Path aside = dir.resolve("places.aside");
        Files.move(jar, aside);
        try {
            long deadline = System.currentTimeMillis() + 20_000;
            while (server.get("api/plugins").toString().contains("\"id\":\"places\"") && System.currentTimeMillis() < deadline) {
                Thread.sleep(200);
            }
            open("#/p/" + project);
            driver.findElement(By.id("annotate-project")).click();
            wait.until(d -> !d.findElements(By.cssSelector("#changes-list .change[data-change-id]")).isEmpty());
            assertFalse(driver.findElements(By.cssSelector("#changes-list .change[data-kind='removed']")).isEmpty());
            screenshot("05-changes");
            driver.findElement(By.id("take-all-changes")).click();
            wait.until(d -> d.findElements(By.cssSelector("#changes-list .change[data-change-id]")).isEmpty());
        } finally {
            Files.move(aside, jar);
        }
        assertEquals("accepted", apiAnnotation(accepted).get("status").getAsString(), "the decision survived the re-run");
    }

    @Test
    @Order(5)
    void reviewsAConflictSideBySide() throws Exception {
        open("#/p/" + project + "/conflicts");
        WebElement conflict = driver.findElements(By.cssSelector(".conflict[data-conflict-key]")).get(0);
        String key = conflict.getAttribute("data-conflict-key");
        assertTrue(conflict.findElements(By.cssSelector(":scope > .claim, .claims > .claim, div.claim")).size() >= 2);
        assertFalse(driver.findElements(By.cssSelector("mark.diff")).isEmpty(), "differing words are highlighted");
        screenshot("06-conflicts");
        conflict.findElement(By.cssSelector("textarea.review-note")).sendKeys("Checked against the wire copy");
        conflict.findElement(By.cssSelector(".confirm-btn")).click();
        wait.until(d -> d.findElement(By.cssSelector(".conflict[data-conflict-key='" + key + "'] .review-status")).getText()
                .equals("confirmed"));
        driver.navigate().refresh();
        ready();
        assertEquals("confirmed", driver.findElement(By.cssSelector(".conflict[data-conflict-key='" + key + "'] .review-status")).getText());
        assertTrue(server.get("api/projects/" + project + "/conflicts").toString().contains("Checked against the wire copy"));
    }

    @Test
    @Order(6)
    void mergesTwoPeopleIntoOneEntity() throws Exception {
        open("#/p/" + project + "/entities");
        List<WebElement> people = driver.findElements(By.cssSelector(".entity[data-type='person']"));
        assertTrue(people.size() >= 2);
        int entities = driver.findElements(By.cssSelector(".entity[data-type='person']")).size();
        people.get(0).findElement(By.cssSelector("input.merge-check")).click();
        people.get(1).findElement(By.cssSelector("input.merge-check")).click();
        WebElement name = driver.findElement(By.id("merge-name"));
        name.clear();
        name.sendKeys("Merged Person");
        screenshot("07-entities");
        driver.findElement(By.id("merge-btn")).click();
        wait.until(d -> d.findElements(By.cssSelector(".entity[data-type='person']")).size() == entities - 1);
        assertTrue(server.get("api/projects/" + project + "/entities?type=person").toString().contains("Merged Person"));
    }

    @Test
    @Order(7)
    void thePlugInsPanelComesFromItsOwnBundle() throws Exception {
        open("#/");
        driver.findElement(By.cssSelector("a.panel-link[data-panel-id='plugins']")).click();
        wait.until(d -> d.findElements(By.cssSelector("#plugins .annotator[data-annotator-id]")).size() >= 4);
        assertFalse(driver.findElements(By.cssSelector("#plugins .bundle[data-bsn='concord-workbench-plugins']")).isEmpty());
        screenshot("08-plugins");
    }

    @Test
    @Order(8)
    void exportsTheDocumentFromItsLink() throws Exception {
        open("#/d/" + document);
        String href = driver.findElement(By.cssSelector("a.export-link[data-format='json']")).getAttribute("href");
        Object status = ((JavascriptExecutor) driver).executeAsyncScript(
                "const done = arguments[arguments.length - 1]; fetch(arguments[0]).then(r => r.text().then(t => done(r.status + ' ' + t.slice(0, 40))));",
                href);
        assertTrue(String.valueOf(status).startsWith("200 {"), String.valueOf(status));
    }

    @Test
    @Order(9)
    void showsScriptInADocumentAsTextAndNeverRunsIt() throws Exception {
        String hostile = "Officials met in Paris. <script>window.__xss = 1</script><img src=x onerror=\"window.__xss = 2\"> The end.";
        JsonObject r = com.google.gson.JsonParser.parseString(server.upload(project, "hostile.txt",
                hostile.getBytes(StandardCharsets.UTF_8)).body()).getAsJsonObject();
        long id = r.getAsJsonArray("imported").get(0).getAsJsonObject().get("id").getAsLong();
        open("#/d/" + id);
        assertTrue(driver.findElement(By.id("doc-text")).getText().contains("<script>window.__xss = 1</script>"));
        assertEquals(null, ((JavascriptExecutor) driver).executeScript("return window.__xss === undefined ? null : window.__xss;"));
        assertTrue(driver.findElements(By.cssSelector("#doc-text script, #doc-text img")).isEmpty());
        new Actions(driver).sendKeys(Keys.ESCAPE).perform();
    }
}
