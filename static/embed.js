/*
 * huimou embed loader, for host pages without pym.js.
 *
 *   <div data-huimou-src="https://widgets.example/huimou/index.html?review=npc&lang=en"></div>
 *   <script src="https://widgets.example/huimou/embed.js" async></script>
 *
 * For every element with data-huimou-src it creates the widget's iframe
 * (full width, no border; data-huimou-title sets its accessible title;
 * loading="lazy", so a widget far down an article costs nothing until the
 * reader nears it; English, lang=en, from the prerendered English page) and
 * keeps the iframe as tall as the widget's content, from the height messages
 * the widget sends (pym.js and AMP forms; see README.md, "Embedding").
 * Messages are only taken from that iframe, and only its height is read:
 * the loader never navigates or scrolls the host page. The build writes in
 * the parameters' names and the frame's title, from their tables.
 */
(function () {
  'use strict';
  var count = 0;

  function heightFrom(data, childId) {
    if (typeof data === 'string') {
      var pym = /^pymxPYMx(.+)xPYMxheightxPYMx(\d+)$/.exec(data);
      return pym && pym[1] === childId ? Number(pym[2]) : 0;
    }
    if (data && data.sentinel === 'amp' && data.type === 'embed-size') return Number(data.height) || 0;
    return 0;
  }

  function embed(host) {
    if (host.getAttribute('data-huimou-ready')) return;
    host.setAttribute('data-huimou-ready', 'true');
    count += 1;
    var childId = 'huimou-' + count;
    var src = new URL(host.getAttribute('data-huimou-src'), document.baseURI);
    src.searchParams.set(__KEY_CHILD_ID__, childId);
    // The English page holds the opening view prerendered in English.
    if (src.searchParams.get(__KEY_LANG__) === 'en' && /\/(index\.html)?$/.test(src.pathname)) {
      src.pathname = src.pathname.replace(/(index\.html)?$/, 'en.html');
    }
    var frame = document.createElement('iframe');
    frame.loading = 'lazy';
    frame.src = src.href;
    frame.title = host.getAttribute('data-huimou-title') || __WORD_FRAME_TITLE__;
    frame.style.cssText = 'display:block;width:100%;height:480px;border:0';
    host.appendChild(frame);
    window.addEventListener('message', function (event) {
      if (event.source !== frame.contentWindow) return;
      var height = heightFrom(event.data, childId);
      if (height > 0) frame.style.height = height + 'px';
    });
  }

  function start() {
    Array.prototype.forEach.call(document.querySelectorAll('[data-huimou-src]'), embed);
  }
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start);
  else start();
})();
