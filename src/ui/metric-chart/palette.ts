// Twenty hues of mid lightness: distinct next to each other and readable on white and on black
// (the 20-series benchmark draws all of them).
export const SERIES_PALETTE = [
  '#1677ff', '#fa8c16', '#52c41a', '#eb2f96', '#13c2c2', '#fadb14', '#722ed1', '#f5222d', '#2f54eb', '#a0d911',
  '#fa541c', '#08979c', '#c41d7f', '#d4b106', '#597ef7', '#73d13d', '#ff7a45', '#9254de', '#36cfc9', '#ff85c0',
] as const;

export const seriesColor = (index: number, explicit?: string) => explicit ?? SERIES_PALETTE[index % SERIES_PALETTE.length];
