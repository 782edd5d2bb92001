// Calendar dates as written on pages and in manifests, to ISO `YYYY-MM-DD`; expected values by hand.
import { describe, expect, it } from 'vitest';
import { daysBetween, toIsoDate } from '../src/dates.js';

describe('toIsoDate', () => {
  it('reads ISO dates and timestamps as written, without shifting time zones', () => {
    expect(toIsoDate('2021-10-18')).toBe('2021-10-18');
    expect(toIsoDate('2021-10-18T23:30:00-07:00')).toBe('2021-10-18');
    expect(toIsoDate('2021-10-18T01:15:00Z')).toBe('2021-10-18');
    expect(toIsoDate('2021/4/5')).toBe('2021-04-05');
    expect(toIsoDate('Published 2021.04.05 at noon')).toBe('2021-04-05');
  });

  it('reads month names, abbreviated or not, in either order', () => {
    expect(toIsoDate('October 18, 2021')).toBe('2021-10-18');
    expect(toIsoDate('Updated: Mon, Oct. 18, 2021 4:15 p.m. ET')).toBe('2021-10-18');
    expect(toIsoDate('Sept. 5 2021')).toBe('2021-09-05');
    expect(toIsoDate('April 5th, 2021')).toBe('2021-04-05');
    expect(toIsoDate('18 October 2021')).toBe('2021-10-18');
    expect(toIsoDate('5th of April 2021')).toBe('2021-04-05');
  });

  it('reads day/month orders only when one number cannot be a month', () => {
    expect(toIsoDate('10/18/2021')).toBe('2021-10-18');
    expect(toIsoDate('18/10/2021')).toBe('2021-10-18');
    expect(toIsoDate('18.10.2021')).toBe('2021-10-18');
    expect(toIsoDate('04/05/2021')).toBeNull(); // April 5 or 4 May
    expect(toIsoDate('12/1/2018')).toBeNull();
  });

  it('refuses what is not a calendar date', () => {
    expect(toIsoDate('2021-02-30')).toBeNull();
    expect(toIsoDate('31 April 2021')).toBeNull();
    expect(toIsoDate('2021-13-01')).toBeNull();
    expect(toIsoDate('May 2021')).toBeNull(); // no day
    expect(toIsoDate('Theresa May said')).toBeNull();
    expect(toIsoDate('order 12021-10-18')).toBeNull(); // part of a longer number
    expect(toIsoDate('0800-01-01')).toBeNull();
    expect(toIsoDate('')).toBeNull();
    expect(toIsoDate(null)).toBeNull();
    expect(toIsoDate(undefined)).toBeNull();
  });
});

describe('daysBetween', () => {
  it('counts whole days, across month ends, leap days and clock changes', () => {
    expect(daysBetween('2021-10-18', '2021-10-18')).toBe(0);
    expect(daysBetween('2021-10-18', '2021-10-21')).toBe(3);
    expect(daysBetween('2021-10-21', '2021-10-18')).toBe(-3);
    expect(daysBetween('2020-02-28', '2020-03-01')).toBe(2);
    expect(daysBetween('2021-03-13', '2021-03-15')).toBe(2);
    expect(daysBetween('2020-12-31', '2021-01-01')).toBe(1);
  });
});
