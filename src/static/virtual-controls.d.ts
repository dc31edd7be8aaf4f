// The module src/static/controls-data-plugin.ts serves.
declare module 'virtual:first-frame-controls' {
  const data: import('./controls-data.ts').ControlsData;
  export default data;
}
