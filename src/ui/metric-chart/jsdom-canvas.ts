/**
 * Tests only: jsdom has no canvas, so uPlot gets a 2D context that draws nothing. Enough to
 * mount the chart and check its DOM (legend, callbacks); drawing is checked in the benchmark.
 */
import '../test-support/jsdom';

if (typeof HTMLCanvasElement !== 'undefined') {
  const noop = () => undefined;
  const context = new Proxy(
    { measureText: (text: string) => ({ width: text.length * 6 }), canvas: null as unknown },
    { get: (target, key) => (key in target ? target[key as keyof typeof target] : noop), set: () => true },
  );
  HTMLCanvasElement.prototype.getContext = (() => context) as unknown as HTMLCanvasElement['getContext'];
}
if (typeof window !== 'undefined' && !window.devicePixelRatio) Object.defineProperty(window, 'devicePixelRatio', { value: 1 });
if (typeof globalThis.Path2D === 'undefined') {
  // uPlot builds its paths as Path2D objects; an inert one is enough without drawing.
  class InertPath2D {
    moveTo() {}
    lineTo() {}
    rect() {}
    arc() {}
    closePath() {}
    bezierCurveTo() {}
    quadraticCurveTo() {}
    addPath() {}
  }
  Object.defineProperty(globalThis, 'Path2D', { configurable: true, value: InertPath2D });
}
