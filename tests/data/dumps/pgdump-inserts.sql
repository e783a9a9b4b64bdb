--
-- PostgreSQL database dump
--

\restrict kNnfh0YzdEdBdrDU2ur1CAskaF4QuJ6fPVwfs2aKkC8mft6UYe0puGKEMj0GyDI

-- Dumped from database version 15.18 (Debian 15.18-0+deb12u1)
-- Dumped by pg_dump version 15.18 (Debian 15.18-0+deb12u1)

SET statement_timeout = 0;
SET lock_timeout = 0;
SET idle_in_transaction_session_timeout = 0;
SET client_encoding = 'UTF8';
SET standard_conforming_strings = on;
SELECT pg_catalog.set_config('search_path', '', false);
SET check_function_bodies = false;
SET xmloption = content;
SET client_min_messages = warning;
SET row_security = off;

SET default_tablespace = '';

SET default_table_access_method = heap;

--
-- Name: customers; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.customers (
    id integer NOT NULL,
    name text NOT NULL,
    note text,
    region text
);


--
-- Name: orders; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.orders (
    order_id text NOT NULL,
    customer_id integer,
    order_date text,
    amount double precision,
    quantity integer,
    receipt bytea
);


--
-- Data for Name: customers; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.customers VALUES (1, 'O''Brien', 'C:\path\to', 'north');
INSERT INTO public.customers VALUES (2, '王芳
第二行', 'tab	here', NULL);
INSERT INTO public.customers VALUES (3, 'Zoë "Z" Smith', '', 'south');


--
-- Data for Name: orders; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.orders VALUES ('A-001', 1, '2024-01-05', 12.5, 2, '\x0001275cff');
INSERT INTO public.orders VALUES ('A-002', 1, '2024-02-10 13:45:00', 0.1, 1, NULL);
INSERT INTO public.orders VALUES ('B-003', 2, '2024-03-01', -3.75, NULL, NULL);
INSERT INTO public.orders VALUES ('C-004', 3, NULL, 1234567.89, 10, '\x');


--
-- Name: customers customers_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.customers
    ADD CONSTRAINT customers_pkey PRIMARY KEY (id);


--
-- Name: orders orders_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.orders
    ADD CONSTRAINT orders_pkey PRIMARY KEY (order_id);


--
-- Name: orders orders_customer_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.orders
    ADD CONSTRAINT orders_customer_id_fkey FOREIGN KEY (customer_id) REFERENCES public.customers(id);


--
-- PostgreSQL database dump complete
--

\unrestrict kNnfh0YzdEdBdrDU2ur1CAskaF4QuJ6fPVwfs2aKkC8mft6UYe0puGKEMj0GyDI

