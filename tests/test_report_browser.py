"""The QA report in a real headless browser (Debian chromium + chromedriver via
selenium): source images load, the warned cell is highlighted with its
reason, clicking/hovering a cell outlines it on the image at its position.
A screenshot goes to ``tests/artifacts/report-<stem>.png``.

Skipped only when chromium or chromedriver is not installed
(``apt-get install chromium chromium-driver``; ``pip install selenium``).
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from pipeline.convert import convert_pdf
from pipeline.qa.report import build_report
from pipeline.qa.report_model import index_warnings, table_crops
from test_report import WARNED, make_batch

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
CHROMEDRIVER = "/usr/bin/chromedriver"
ARTIFACTS = Path(__file__).parent / "artifacts"
SAMPLE = Path(__file__).resolve().parent.parent / "samples" / "vp-2024-servicenamnden.pdf"

pytestmark = pytest.mark.skipif(
    CHROMIUM is None or not Path(CHROMEDRIVER).exists(),
    reason="chromium / chromium-driver not installed (apt-get install -y chromium chromium-driver)",
)


@pytest.fixture(scope="module")
def browser(tmp_path_factory):
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for flag in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync",
                 "--no-first-run", "--window-size=1400,1000", f"--user-data-dir={tmp_path_factory.mktemp('chromium-profile')}"):
        options.add_argument(flag)
    driver = webdriver.Chrome(service=Service(CHROMEDRIVER), options=options)
    driver.set_page_load_timeout(60)
    try:
        yield driver
    finally:
        driver.quit()


def _rect(driver, element) -> dict:
    return driver.execute_script(
        "const r = arguments[0].getBoundingClientRect();"
        "return {left: r.left, top: r.top, width: r.width, height: r.height};", element)


def test_report_page_in_browser(tmp_path, browser):
    from selenium.webdriver.common.action_chains import ActionChains
    from selenium.webdriver.common.by import By

    batch = make_batch(tmp_path)
    index = build_report(batch.outdir)

    browser.get(index.as_uri())
    names = [e.get_attribute("data-output") for e in browser.find_elements(By.CSS_SELECTOR, "#documents tbody tr")]
    assert names == ["broken.json", "vb-2021-test.json", "vp-2024-test.json", "vp-2026-test.json"]
    browser.find_element(By.LINK_TEXT, "vp-2024-test.json").click()
    assert browser.current_url.endswith("/report/vp-2024-test.html")

    # every table's source image loaded
    images = browser.execute_script(
        "return Array.from(document.querySelectorAll('.crop img'))"
        ".map(i => [i.getAttribute('src'), i.complete, i.naturalWidth, i.naturalHeight]);")
    crops = table_crops(batch.doc, batch.doc.tables[0])
    assert [src for src, *_ in images] == [f"img/vp-2024-test/{c.id}.png" for c in crops]
    assert all(complete and width > 0 and height > 0 for _, complete, width, height in images)

    # the warned cell: highlight class and the reason on hover
    warned = browser.find_elements(By.CSS_SELECTOR, "td.warn")
    assert len(warned) == 1
    cell = warned[0]
    assert "warn-sum_mismatch" in cell.get_attribute("class").split()
    assert cell.get_attribute("data-column") == WARNED[1]
    assert cell.find_element(By.XPATH, "..").get_attribute("data-row") == WARNED[0]
    assert cell.get_attribute("title").startswith("sum_mismatch: Summa intäkter (Budget 2024) is 2 510,5")
    background = browser.execute_script("return getComputedStyle(arguments[0]).backgroundColor;", cell)
    assert background not in ("rgba(0, 0, 0, 0)", "transparent")

    # clicking outlines the cell on the image, where the cell is
    box = browser.find_element(By.CSS_SELECTOR, f"#{crops[0].id} .box")
    assert not box.is_displayed()
    cell.click()
    assert box.is_displayed()
    img = browser.find_element(By.CSS_SELECTOR, f"#{crops[0].id} img")
    b, i = _rect(browser, box), _rect(browser, img)
    assert b["width"] > 5 and b["height"] > 5
    assert i["left"] - 1 <= b["left"] and b["left"] + b["width"] <= i["left"] + i["width"] + 1
    assert i["top"] - 1 <= b["top"] and b["top"] + b["height"] <= i["top"] + i["height"] + 1
    crop_box = crops[0].box
    bbox = batch.doc.tables[0].rows[2].cells[0].bbox
    scale = i["width"] / (crop_box.x1 - crop_box.x0)
    assert abs(b["left"] - (i["left"] + (bbox.x0 - crop_box.x0) * scale)) <= 3
    assert abs(b["top"] - (i["top"] + (bbox.top - crop_box.top) * scale)) <= 3
    assert abs(b["width"] - (bbox.x1 - bbox.x0) * scale) <= 3
    clicked_top = b["top"]

    # hovering another cell moves the outline there; leaving returns it to the clicked cell
    first = browser.find_element(By.CSS_SELECTOR, 'tr[data-row="Övriga intäkter"] td[data-column="Budget 2023"]')
    ActionChains(browser).move_to_element(first).perform()
    hovered = _rect(browser, box)
    assert hovered["top"] < clicked_top - 10 and hovered["left"] > b["left"] + 10
    ActionChains(browser).move_to_element(browser.find_element(By.TAG_NAME, "h1")).perform()
    assert abs(_rect(browser, box)["top"] - clicked_top) <= 1

    ARTIFACTS.mkdir(exist_ok=True)
    cell.click()  # deselect, then select again so the screenshot shows the outline
    cell.click()
    shot = ARTIFACTS / "report-vp-2024-test.png"
    assert browser.save_screenshot(str(shot))
    assert shot.stat().st_size > 10_000


def test_converted_sample_in_browser(tmp_path, browser):
    """A real conversion (samples/vp-2024-servicenamnden.pdf) through the report:
    every table image loads, every warned cell is highlighted with its code,
    clicking a budget cell outlines it inside its image."""
    from selenium.webdriver.common.by import By

    doc = convert_pdf(SAMPLE)
    outdir = tmp_path / "out"
    outdir.mkdir()
    (outdir / "vp-2024-servicenamnden.json").write_text(doc.to_json(), encoding="utf-8")
    build_report(outdir, source_root=SAMPLE.parent)
    positioned = [t for t in doc.tables if any(c.bbox for r in t.rows for c in r.cells)]
    assert len(positioned) >= 5  # the plan's budget, investment and action-plan tables

    browser.get((outdir / "report" / "vp-2024-servicenamnden.html").as_uri())
    images = browser.execute_script(
        "return Array.from(document.querySelectorAll('.crop img')).map(i => [i.complete, i.naturalWidth]);")
    expected = sum(len(table_crops(doc, t)) for t in doc.tables)
    assert len(images) == expected and all(ok and width > 0 for ok, width in images)

    warned = index_warnings(doc).cells
    tds = browser.find_elements(By.CSS_SELECTOR, "td.warn")
    assert len(tds) == len(warned)
    expected_classes = sorted(f"warn-{code}" for ws in warned.values() for code in {w.code for w in ws})
    assert sorted(c for td in tds for c in td.get_attribute("class").split() if c.startswith("warn-")) == expected_classes
    for td in tds:
        names = [c[len("warn-"):] for c in td.get_attribute("class").split() if c.startswith("warn-")]
        assert names and all(f"{n}: " in td.get_attribute("title") for n in names)

    budget = next(t for t in positioned if t.kind == "budget")
    cell = browser.find_element(By.CSS_SELECTOR, f"#{budget.id} td[data-box]")
    browser.execute_script("arguments[0].scrollIntoView({block: 'center'});", cell)
    cell.click()
    crop = browser.find_element(By.ID, cell.get_attribute("data-crop"))
    box, img = crop.find_element(By.CLASS_NAME, "box"), crop.find_element(By.TAG_NAME, "img")
    assert box.is_displayed()
    b, i = _rect(browser, box), _rect(browser, img)
    assert b["width"] > 3 and b["height"] > 3
    assert i["left"] - 1 <= b["left"] and b["left"] + b["width"] <= i["left"] + i["width"] + 1
    assert i["top"] - 1 <= b["top"] and b["top"] + b["height"] <= i["top"] + i["height"] + 1
    ARTIFACTS.mkdir(exist_ok=True)
    assert browser.save_screenshot(str(ARTIFACTS / "report-vp-2024-servicenamnden.png"))


def test_item_page_link_outlines_the_item_and_text_cells_wrap(tmp_path, browser):
    """Issue 21: clicking an item's page link shows its page image with the item
    outlined where it is; a text matrix's long cell is left-aligned and wraps."""
    from selenium.webdriver.common.by import By

    from test_report_items import _batch

    report, plan = _batch(tmp_path)
    browser.get((report / "vp-2024-test.html").as_uri())
    viewer = browser.find_element(By.ID, "page-viewer")
    assert not viewer.is_displayed()
    browser.find_element(By.CSS_SELECTOR, "#i2 a.item-page").click()
    assert viewer.is_displayed()
    img = browser.find_element(By.CSS_SELECTOR, "#page-viewer img")
    browser.execute_script("return arguments[0].decode ? arguments[0].decode() : null;", img)
    box = browser.find_element(By.CSS_SELECTOR, "#page-viewer .box")
    i, b = _rect(browser, img), _rect(browser, box)
    width, height = plan.page_info[0].width, plan.page_info[0].height
    goal = plan.items[1].bbox
    scale = i["width"] / width
    assert abs(i["height"] - height * scale) <= 2
    assert abs(b["left"] - (i["left"] + goal.x0 * scale)) <= 3 and abs(b["top"] - (i["top"] + goal.top * scale)) <= 3
    assert abs(b["width"] - (goal.x1 - goal.x0) * scale) <= 3
    cell = browser.find_element(By.CSS_SELECTOR, "table.grid.text td")
    style = browser.execute_script("var s = getComputedStyle(arguments[0]); return [s.textAlign, s.whiteSpace];", cell)
    assert style == ["left", "normal"]
    assert _rect(browser, cell)["height"] > 30  # the long text wrapped onto several lines
