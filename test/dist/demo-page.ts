// The built demo (`npm run build:demo`) in an iframe, loaded as a visitor would.
import { waitUntil } from '@open-wc/testing';

/** The demo page in a 1200×900 frame, once `ready` holds in its document. */
export async function openDemo(ready: (doc: Document) => unknown): Promise<HTMLIFrameElement> {
  const frame = document.createElement('iframe');
  frame.style.cssText = 'width: 1200px; height: 900px';
  frame.src = new URL('../../dist-demo/index.html', import.meta.url).href;
  document.body.append(frame);
  await waitUntil(() => frame.contentDocument && ready(frame.contentDocument), 'page', {
    timeout: 15000,
  });
  return frame;
}

/**
 * An element of the frame as a container for shadow-dom-testing-library: the element's shadow root
 * (the element itself until it has one). The library looks into a container's shadow root only
 * when the container is `instanceof HTMLElement`, which an element of another realm is not; below
 * the root, it finds the others.
 */
export const inFrame = (el: Element) => (el.shadowRoot ?? el) as unknown as HTMLElement;
