import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { convertWordPressContent } from "./convert-content.ts";

const convert = (content: string) => convertWordPressContent(content);

describe("classic posts", () => {
  it("makes paragraphs of blank-line-separated text and <br /> of single line breaks", () => {
    const { html } = convert(
      "The ferry left at six.\nIt was late.\n\nPassengers waited <em>two</em> hours.\r\n\r\nমাওয়া ঘাটে ভিড়।",
    );
    assert.equal(
      html,
      "<p>The ferry left at six.<br />\nIt was late.</p>\n<p>Passengers waited <em>two</em> hours.</p>\n<p>মাওয়া ঘাটে ভিড়।</p>",
    );
  });

  it("wraps no paragraph around blocks and breaks no line inside <pre> or between a tag's attributes", () => {
    const { html } = convert(
      'Intro\n<ul>\n<li>one</li>\n<li>two\nlines</li>\n</ul>\n<pre>a\n\nb</pre>\n<a\nhref="https://news.example/">link</a>\n<blockquote>Quoted\n\nTwice</blockquote>',
    );
    assert.equal(
      html,
      '<p>Intro</p><ul><li>one</li><li>two<br />\nlines</li></ul><pre>a\n\nb</pre><p><a\nhref="https://news.example/">link</a></p><blockquote><p>Quoted</p>\n<p>Twice</p></blockquote>',
    );
  });

  it("normalises text to NFC", () => {
    const decomposed = "Cafe\u0301 and \u0995\u09bc";
    assert.equal(convert(decomposed).html, `<p>${decomposed.normalize("NFC")}</p>`);
  });
});

describe("block posts", () => {
  it("drops block comments, keeping the blocks' HTML, and does not add paragraphs", () => {
    const { html, report } = convert(
      '<!-- wp:paragraph -->\n<p>First\nline</p>\n<!-- /wp:paragraph -->\n\n<!-- wp:columns -->\n<div class="wp-block-columns"><!-- wp:column -->\n<div class="wp-block-column"><!-- wp:heading {"level":3} -->\n<h3>Inside</h3>\n<!-- /wp:heading --></div>\n<!-- /wp:column --></div>\n<!-- /wp:columns -->',
    );
    assert.equal(
      html,
      '<p>First\nline</p>\n\n\n\n<div class="wp-block-columns">\n<div class="wp-block-column">\n<h3>Inside</h3>\n</div>\n</div>',
    );
    assert.deepEqual(report.dropped, {});
  });

  it("drops self-closing blocks the server renders, and counts them", () => {
    const { html, report } = convert(
      '<!-- wp:latest-posts {"postsToShow":3} /-->\n<!-- wp:paragraph --><p>Body</p><!-- /wp:paragraph --><!-- wp:archives /-->',
    );
    assert.equal(html, "<p>Body</p>");
    assert.deepEqual(report.dropped, { "block:latest-posts": 1, "block:archives": 1 });
  });

  it("makes an image block a placeholder figure with its caption and attachment id", () => {
    const { html, images, report } = convert(
      '<!-- wp:image {"id":12,"sizeSlug":"large"} -->\n<figure class="wp-block-image size-large"><a href="https://news.example/launch.jpg"><img src="https://news.example/wp-content/uploads/launch-1024x683.jpg" alt="Launch at Padma" class="wp-image-12"/></a><figcaption class="wp-element-caption">The launch at <strong>dawn</strong></figcaption></figure>\n<!-- /wp:image -->',
    );
    assert.equal(
      html,
      '<figure data-wp-image="0"><img src="https://news.example/wp-content/uploads/launch-1024x683.jpg" alt="Launch at Padma" /><figcaption>The launch at <strong>dawn</strong></figcaption></figure>',
    );
    assert.deepEqual(images, [
      {
        attachmentId: 12,
        url: "https://news.example/wp-content/uploads/launch-1024x683.jpg",
        alt: "Launch at Padma",
        caption: "The launch at <strong>dawn</strong>",
      },
    ]);
    assert.equal(report.figures, 1);
  });

  it("makes a gallery block of image blocks its figures in a row with the gallery caption after", () => {
    const { html, images, report } = convert(
      '<!-- wp:gallery {"linkTo":"none"} -->\n<figure class="wp-block-gallery has-nested-images columns-default"><!-- wp:image {"id":31} -->\n<figure class="wp-block-image"><img src="https://news.example/a.jpg" alt="Boats" class="wp-image-31"/><figcaption class="wp-element-caption">Boats</figcaption></figure>\n<!-- /wp:image -->\n\n<!-- wp:image {"id":32} -->\n<figure class="wp-block-image"><img src="https://news.example/b.jpg" alt="" class="wp-image-32"/></figure>\n<!-- /wp:image --><figcaption class="blocks-gallery-caption">The river in June</figcaption></figure>\n<!-- /wp:gallery -->',
    );
    assert.equal(
      html,
      '<figure data-wp-image="0"><img src="https://news.example/a.jpg" alt="Boats" /><figcaption>Boats</figcaption></figure><figure data-wp-image="1"><img src="https://news.example/b.jpg" alt="" /></figure><p>The river in June</p>',
    );
    assert.deepEqual(
      images.map((image) => image.attachmentId),
      [31, 32],
    );
    assert.equal(report.galleries, 1);
    assert.equal(report.figures, 2);
  });

  it("reads an older gallery block that lists its pictures", () => {
    const { images, report } = convert(
      '<!-- wp:gallery {"ids":[5,6]} -->\n<figure class="wp-block-gallery"><ul class="blocks-gallery-grid"><li class="blocks-gallery-item"><figure><img src="https://news.example/5.jpg" alt="Five" data-id="5" class="wp-image-5"/><figcaption class="blocks-gallery-item__caption">Fifth</figcaption></figure></li><li class="blocks-gallery-item"><figure><img src="https://news.example/6.jpg" alt="Six" data-id="6"/></figure></li></ul></figure>\n<!-- /wp:gallery -->',
    );
    assert.deepEqual(images, [
      { attachmentId: 5, url: "https://news.example/5.jpg", alt: "Five", caption: "Fifth" },
      { attachmentId: 6, url: "https://news.example/6.jpg", alt: "Six", caption: "" },
    ]);
    assert.equal(report.galleries, 1);
  });

  it("makes embed blocks plain links, never frames", () => {
    const { html, report } = convert(
      '<!-- wp:embed {"url":"https://www.youtube.com/watch?v=dQw4w9WgXcQ","type":"video","providerNameSlug":"youtube"} -->\n<figure class="wp-block-embed is-type-video"><div class="wp-block-embed__wrapper">\nhttps://www.youtube.com/watch?v=dQw4w9WgXcQ\n</div><figcaption>Launch video</figcaption></figure>\n<!-- /wp:embed -->\n<!-- wp:core-embed/twitter {"url":"https://twitter.com/dateline/status/1"} -->\n<figure class="wp-block-embed-twitter"><div class="wp-block-embed__wrapper">\nhttps://twitter.com/dateline/status/1\n</div></figure>\n<!-- /wp:core-embed/twitter -->',
    );
    assert.equal(
      html,
      '<p><a href="https://www.youtube.com/watch?v=dQw4w9WgXcQ">https://www.youtube.com/watch?v=dQw4w9WgXcQ</a></p><p>Launch video</p>\n<p><a href="https://twitter.com/dateline/status/1">https://twitter.com/dateline/status/1</a></p>',
    );
    assert.equal(report.embeds, 2);
  });

  it("makes a video block a link to its file, keeping the caption", () => {
    const { html, report } = convert(
      '<!-- wp:video {"id":50} -->\n<figure class="wp-block-video"><video controls src="https://news.example/flood.mp4"></video><figcaption>Flood in Sunamganj</figcaption></figure>\n<!-- /wp:video -->',
    );
    assert.equal(
      html,
      '<p><a href="https://news.example/flood.mp4">https://news.example/flood.mp4</a></p><p>Flood in Sunamganj</p>',
    );
    assert.equal(report.mediaLinks, 1);
  });

  it("makes a picture written as plain HTML a placeholder figure too", () => {
    const { html, images } = convert(
      'Seen here <a href="https://news.example/big.jpg"><img src="https://news.example/small.jpg" alt="Bridge" class="alignleft wp-image-77" /></a> from the east.\n\n<figure><img src="https://news.example/c.jpg" alt="C"><figcaption>Caption C</figcaption></figure>',
    );
    assert.equal(
      html,
      '<p>Seen here</p><figure data-wp-image="0"><img src="https://news.example/small.jpg" alt="Bridge" /></figure><p>from the east.</p><figure data-wp-image="1"><img src="https://news.example/c.jpg" alt="C" /><figcaption>Caption C</figcaption></figure>',
    );
    assert.deepEqual(
      images.map((image) => [image.attachmentId, image.caption]),
      [
        [77, ""],
        [null, "Caption C"],
      ],
    );
  });

  it("unwraps figures that hold no picture (pull quotes, tables), keeping their captions", () => {
    const { html } = convert(
      '<!-- wp:pullquote --><figure class="wp-block-pullquote"><blockquote><p>Words</p><cite>Minister</cite></blockquote></figure><!-- /wp:pullquote --><!-- wp:table --><figure class="wp-block-table"><table><tr><td>1</td></tr></table><figcaption>Fares</figcaption></figure><!-- /wp:table -->',
    );
    assert.equal(
      html,
      "<blockquote><p>Words</p><cite>Minister</cite></blockquote><table><tr><td>1</td></tr></table><p>Fares</p>",
    );
  });
});

describe("shortcodes", () => {
  it("makes [caption] a figure with the picture, the caption text and the attachment id", () => {
    const { html, images } = convert(
      'Before\n\n[caption id="attachment_12" align="alignright" width="300"]<a href="https://news.example/ferry.jpg"><img class="size-medium wp-image-12" src="https://news.example/ferry-300x200.jpg" alt="Ferry" width="300" height="200" /></a> The ferry at <em>Mawa</em>[/caption]\n\nAfter',
    );
    assert.equal(
      html,
      '<p>Before</p><figure data-wp-image="0"><img src="https://news.example/ferry-300x200.jpg" alt="Ferry" /><figcaption>The ferry at <em>Mawa</em></figcaption></figure><p>After</p>',
    );
    assert.deepEqual(images[0], {
      attachmentId: 12,
      url: "https://news.example/ferry-300x200.jpg",
      alt: "Ferry",
      caption: "The ferry at <em>Mawa</em>",
    });
  });

  it("reads an old [caption] that puts its text in an attribute", () => {
    const { images } = convert(
      '[caption id="attachment_7" caption="Rain in Sylhet"]<img src="https://news.example/r.jpg" alt="" />[/caption]',
    );
    assert.equal(images[0]?.caption, "Rain in Sylhet");
  });

  it("makes [gallery ids] a row of figures named by attachment id, and counts a gallery without ids", () => {
    const { html, images, report } = convert('[gallery ids="4, 9,x,11" columns="2"]\n\n[gallery]');
    assert.equal(
      html,
      '<figure data-wp-image="0"></figure><figure data-wp-image="1"></figure><figure data-wp-image="2"></figure>',
    );
    assert.deepEqual(
      images.map((image) => [image.attachmentId, image.url]),
      [
        [4, null],
        [9, null],
        [11, null],
      ],
    );
    assert.equal(report.galleries, 1);
    assert.deepEqual(report.dropped, { "gallery-of-attached-pictures": 1 });
  });

  it("makes [embed] and an address alone on its line links", () => {
    const { html, report } = convert(
      'Watch:\n\n[embed width="500"]https://vimeo.com/123[/embed]\n\nhttps://x.com/dateline/status/9?s=1&amp;t=2\n\nSee https://news.example/ in a sentence.',
    );
    assert.equal(
      html,
      '<p>Watch:</p><p><a href="https://vimeo.com/123">https://vimeo.com/123</a></p><p><a href="https://x.com/dateline/status/9?s=1&amp;t=2">https://x.com/dateline/status/9?s=1&amp;t=2</a></p><p>See https://news.example/ in a sentence.</p>',
    );
    assert.equal(report.embeds, 2);
  });

  it("leaves an address alone on a line of code as it is", () => {
    const { html, report } = convert("<pre>curl\nhttps://api.example/v1\n</pre>");
    assert.equal(html, "<pre>curl\nhttps://api.example/v1\n</pre>");
    assert.equal(report.embeds, 0);
  });

  it("makes [audio] and [video] links to their files and counts [playlist] ids it cannot link", () => {
    const { html, report } = convert(
      '[audio mp3="https://news.example/interview.mp3"][/audio]\n\n[video width="640" mp4="https://news.example/clip.mp4"]\n\n[playlist ids="21,22"]',
    );
    assert.equal(
      html,
      '<p><a href="https://news.example/interview.mp3">https://news.example/interview.mp3</a></p><p><a href="https://news.example/clip.mp4">https://news.example/clip.mp4</a></p>',
    );
    assert.equal(report.mediaLinks, 2);
    assert.deepEqual(report.unlinkedAttachments, [21, 22]);
  });

  it("keeps unknown shortcodes as text and counts them by name", () => {
    const { html, report } = convert(
      'Write to us: [contact-form-7 id="5" title="Tips"]\n\n[foo]bar[/foo] and [foo /]',
    );
    assert.equal(
      html,
      '<p>Write to us: [contact-form-7 id="5" title="Tips"]</p>\n<p>[foo]bar[/foo] and [foo /]</p>',
    );
    assert.deepEqual(report.unknownShortcodes, { "contact-form-7": 1, foo: 2 });
  });

  it("writes escaped shortcodes as text, uncounted", () => {
    const { html, report } = convert("Use [[gallery]] to show pictures.");
    assert.equal(html, "<p>Use [gallery] to show pictures.</p>");
    assert.deepEqual(report.unknownShortcodes, {});
    assert.equal(report.galleries, 0);
  });
});

describe("what is dropped", () => {
  it("drops <!--more-->, <!--nextpage--> and other comments, and counts them", () => {
    const { html, report } = convert(
      "Lead.\n<!--more-->\nRest.<!--nextpage-->Page two.<!-- note to editor -->",
    );
    // The dropped comment leaves a blank line behind: where the reader clicked "more", a new paragraph.
    assert.equal(html, "<p>Lead.</p>\n<p>Rest.Page two.</p>");
    assert.deepEqual(report.dropped, { more: 1, nextpage: 1, comment: 1 });
  });

  it("drops scripts and styles with their content, and turns a frame into a link to its page", () => {
    const { html, report } = convert(
      '<p>Text</p><script>alert(1)</script><style>p{}</style><iframe src="https://www.youtube.com/embed/abc" width="560">fallback</iframe>',
    );
    assert.equal(
      html,
      '<p>Text</p><p><a href="https://www.youtube.com/embed/abc">https://www.youtube.com/embed/abc</a></p>',
    );
    assert.deepEqual(report.dropped, { script: 1, style: 1, iframe: 1 });
    assert.equal(report.embeds, 1);
  });

  it("does not let content claim a picture placeholder", () => {
    const { html, images } = convert(
      '<figure data-wp-image="0"><img src="https://evil.example/x.jpg"></figure>',
    );
    assert.equal(images.length, 1);
    assert.equal(html, '<figure data-wp-image="0"><img src="https://evil.example/x.jpg" alt="" /></figure>');
  });
});
