import { describe, expect, it } from 'vitest';
import { openingCamera, projector, sheetFocusCamera, type Bounds, type Focusable } from './camera.ts';

// A 375×740 phone's map (481 px tall) under a sheet that covers its lowest 170 px.
const phone = { width: 375, height: 481 };
const covered = 170;
const BOUNDS: Bounds = [55, 20, 80, 40];
const point: Focusable = { geometryType: 'Point', anchor: [66.9, 29.9], bbox: [66.9, 29.9, 66.9, 29.9] };
const area: Focusable = { geometryType: 'Polygon', anchor: [71.4, 34.7], bbox: [71.1, 34.5, 71.8, 35.0] };

describe('sheetFocusCamera', () => {
  it('centres a point in the map above the sheet, at zoom 7.5 or closer', () => {
    const camera = sheetFocusCamera(point, phone, 5.2, covered);
    expect(camera.zoom).toBe(7.5);
    const [x, y] = projector(camera, phone)(point.anchor);
    expect(x).toBeCloseTo(phone.width / 2, 6);
    expect(y).toBeCloseTo((phone.height - covered) / 2, 6);
  });

  it('fits an area between the top of the map and the sheet, 24 px clear of both', () => {
    const camera = sheetFocusCamera(area, phone, 5.2, covered);
    const project = projector(camera, phone);
    const [left, top] = project([area.bbox[0], area.bbox[3]]);
    const [right, bottom] = project([area.bbox[2], area.bbox[1]]);
    const side = phone.width / 10;
    const margins = [top - 24, phone.height - covered - 24 - bottom, left - side, phone.width - side - right];
    for (const m of margins) expect(m).toBeGreaterThanOrEqual(-1e-6);
    // Centred in the room above the sheet, and as large as fits (or at the zoom cap).
    expect(margins[0]).toBeCloseTo(margins[1], 6);
    expect(Math.min(...margins) < 1e-6 || camera.zoom === 8.5).toBe(true);
  });

  it('is where a phone link opens the map when the sheet covers it, and only then', () => {
    const link = { camera: null, place: area };
    expect(openingCamera(link, phone, BOUNDS, true, covered)).toEqual(
      sheetFocusCamera(
        area,
        phone,
        openingCamera({ camera: null, place: null }, phone, BOUNDS, true).zoom,
        covered,
      ),
    );
    expect(openingCamera(link, phone, BOUNDS, true, 0)).not.toEqual(
      openingCamera(link, phone, BOUNDS, true, covered),
    );
  });
});
